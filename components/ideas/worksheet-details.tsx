import { EvidenceMark } from '@/components/results/evidence-mark';
import { FIELD_GROUPS, inModel } from '@/lib/ideas/fields';
import { isEvidenceField } from '@/lib/ideas/evidence';
import type { Idea } from '@/lib/ideas/schema';
import { formatFieldValue } from '@/lib/results/format';

/** The worksheet as typed, folded away under the results: the problem, the audience and every assumption with its evidence mark. */
export function WorksheetDetails({ idea }: { idea: Idea }) {
  const model = idea.pricingModel;
  return (
    <details className="rounded-lg border border-line bg-white p-4 sm:p-6">
      <summary className="cursor-pointer text-base font-semibold">The worksheet: problem, audience and assumptions</summary>
      {(idea.problem || idea.audience) && (
        <dl className="mt-4 grid gap-4 sm:grid-cols-2">
          {idea.problem && (
            <div>
              <dt className="text-sm font-medium text-muted">Problem</dt>
              <dd className="mt-1 text-sm whitespace-pre-line">{idea.problem}</dd>
            </div>
          )}
          {idea.audience && (
            <div>
              <dt className="text-sm font-medium text-muted">Audience</dt>
              <dd className="mt-1 text-sm whitespace-pre-line">{idea.audience}</dd>
            </div>
          )}
        </dl>
      )}
      <div className="mt-4 grid gap-6 sm:grid-cols-2">
        {FIELD_GROUPS.map((group) => (
          <dl key={group.title} className="space-y-2">
            <p className="text-sm font-medium text-muted">{group.title}</p>
            {group.fields.map((field) => (
              <div key={field.key} className="border-b border-line/60 pb-1 text-sm">
                <div className="flex justify-between gap-4">
                  <dt>{inModel(field.label, model)}</dt>
                  <dd className="text-right font-mono tabular-nums" data-field={field.key}>
                    {formatFieldValue(field, idea[field.key], model)}
                  </dd>
                </div>
                {isEvidenceField(field.key) && <EvidenceMark field={field.key} evidence={idea.evidence[field.key]} model={model} />}
              </div>
            ))}
          </dl>
        ))}
      </div>
    </details>
  );
}
