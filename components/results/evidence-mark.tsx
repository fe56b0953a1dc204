import type { Evidence, EvidenceField } from '@/lib/ideas/evidence';
import { EVIDENCE_KIND_WORDS, evidenceWords } from '@/lib/results/evidence';
import type { PricingModel } from '@/lib/underwrite';

const LOOK = {
  guessed: 'border-line text-muted',
  benchmark: 'border-brand/40 bg-blue-50 text-brand-dark',
  measured: 'border-robust/40 bg-robust-soft text-robust',
} as const;

/** Beside a worksheet value on the idea page: guessed, benchmark or measured, and where it comes from. */
export function EvidenceMark({ field, evidence, model }: { field: EvidenceField; evidence: Evidence | undefined; model: PricingModel }) {
  const kind = evidence?.kind ?? 'guessed';
  return (
    <p className="mt-0.5 flex items-baseline justify-end gap-1.5 text-xs text-muted" data-evidence-mark={field}>
      <span className={`shrink-0 rounded-full border px-1.5 font-medium ${LOOK[kind]}`}>{EVIDENCE_KIND_WORDS[kind]}</span>
      {/* The mark's source (and a measurement's value and day); a guess has none to give. */}
      {evidence && <span className="min-w-0 text-right break-words">{evidenceWords(evidence, field, model).replace(/^(benchmark: |measured )/, '')}</span>}
    </p>
  );
}
