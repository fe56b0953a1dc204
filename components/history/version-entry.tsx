import { VerdictBadge } from '@/components/ui/verdict-badge';
import { formatDateTime, formatSignedMoney } from '@/lib/results/format';
import type { HistoryEntry } from '@/lib/results/history';
import { RestoreButton } from './restore-button';

/** One version on the history page: when, what changed, what it did to the results, and its restore button. */
export function VersionEntry({ entry, ideaId, latest }: { entry: HistoryEntry; ideaId: string; latest: number }) {
  const { number, heading, createdAt, changes, moves, note, outputs, restorable } = entry;
  const current = number === latest;
  return (
    <li className="rounded-lg border border-line bg-white p-4" data-version={number}>
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h3 id={`version-${number}`} className="text-base font-semibold">
          Version {number}: {heading}
          {current && <span className="ml-2 rounded-full bg-paper px-2 py-0.5 text-xs font-medium text-muted">current</span>}
        </h3>
        <p className="text-sm text-muted">
          <time dateTime={createdAt.toISOString()}>{formatDateTime(createdAt)}</time>
        </p>
      </div>

      <dl className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
        <div>
          <dt className="sr-only">Verdict</dt>
          <dd>
            <VerdictBadge level={outputs.verdict} />
          </dd>
        </div>
        {(['base', 'stress'] as const).map((side) => (
          <div key={side} className="flex gap-1.5 whitespace-nowrap">
            <dt className="text-muted">Net result ({side})</dt>
            <dd className="font-medium tabular-nums" data-net={side}>
              {formatSignedMoney(outputs[side].netResult)}
            </dd>
          </div>
        ))}
      </dl>

      {note && <p className="mt-2 text-sm text-muted">{note}</p>}
      {note === null && changes.length === 0 && <p className="mt-2 text-sm text-muted">No input changed.</p>}
      {changes.length > 0 && (
        <div className="mt-3">
          <h4 className="text-sm font-medium">What changed</h4>
          <ul className="mt-1 list-disc space-y-0.5 pl-5 text-sm break-words" data-testid="changes">
            {changes.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      )}
      {note === null && (
        <div className="mt-3">
          <h4 className="text-sm font-medium">What it did</h4>
          {moves.length > 0 ? (
            <ul className="mt-1 list-disc space-y-0.5 pl-5 text-sm" data-testid="moves">
              {moves.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          ) : (
            <p className="mt-1 text-sm text-muted">The verdict, the net results and the paybacks stayed as they were.</p>
          )}
        </div>
      )}

      {restorable && (
        <div className="mt-4">
          <RestoreButton ideaId={ideaId} number={number} latest={latest} />
        </div>
      )}
    </li>
  );
}
