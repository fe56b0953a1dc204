import type { ImportPreview, WeekActuals } from '@/lib/actuals';
import { formatCents, formatNumber } from '@/lib/results/format';
import { formatWeek } from '@/lib/results/format-week';

/** More lines than this of one list would bury the weeks table under them. */
const MAX_LISTED = 100;

const COLUMNS: { key: Exclude<keyof WeekActuals, 'weekStart'>; label: string; money?: true }[] = [
  { key: 'visitors', label: 'Visitors' },
  { key: 'sales', label: 'Sales' },
  { key: 'refunds', label: 'Refunds' },
  { key: 'revenue', label: 'Revenue', money: true },
  { key: 'refundedAmount', label: 'Refunded', money: true },
  { key: 'fees', label: 'Fees', money: true },
];

const plural = (n: number, one: string, many = `${one}s`) => `${formatNumber(n)} ${n === 1 ? one : many}`;

/** "67 rows: 62 kept, 3 bad, 1 duplicate, 1 failed payment." */
export function previewSummary({ totals }: ImportPreview): string {
  const parts = [`${formatNumber(totals.goodRows)} kept`];
  if (totals.badRows > 0) parts.push(`${formatNumber(totals.badRows)} bad`);
  if (totals.duplicateRows > 0) parts.push(plural(totals.duplicateRows, 'duplicate'));
  if (totals.failedPayments > 0) parts.push(plural(totals.failedPayments, 'failed payment'));
  return `${plural(totals.rows, 'row')}: ${parts.join(', ')}.`;
}

function RowList({ title, rows, tone }: { title: string; rows: { source: string; line: number; reason: string }[]; tone: 'bad' | 'skipped' }) {
  if (rows.length === 0) return null;
  return (
    <details open={tone === 'bad'} className="rounded-md border border-line">
      <summary className={`cursor-pointer px-3 py-2 text-sm font-medium ${tone === 'bad' ? 'text-fail' : ''}`}>
        {title} ({formatNumber(rows.length)})
      </summary>
      <ul className="max-h-60 overflow-y-auto border-t border-line px-3 py-2 text-sm" aria-label={title}>
        {rows.slice(0, MAX_LISTED).map((row) => (
          <li key={`${row.source}-${row.line}`} className="py-0.5">
            <span className="font-medium tabular-nums">Line {formatNumber(row.line)}:</span> {row.reason}
          </li>
        ))}
        {rows.length > MAX_LISTED && <li className="py-0.5 text-muted">… and {formatNumber(rows.length - MAX_LISTED)} more.</li>}
      </ul>
    </details>
  );
}

/**
 * What a confirmed import will store, before anything is stored: how many
 * rows are kept, each row left out and why, and the weekly totals. Only the
 * figures the file has get a column: the others keep what is logged.
 */
export function ImportPreviewView({ preview, logged }: { preview: ImportPreview; logged: ReadonlySet<string> }) {
  const columns = COLUMNS.filter((column) => preview.weeks.some((week) => week[column.key] !== null));
  const replaced = preview.weeks.filter((week) => logged.has(week.weekStart)).length;
  return (
    <div className="space-y-3">
      <p className="text-sm font-medium" data-testid="import-summary">
        {previewSummary(preview)}
      </p>
      <RowList title="Bad rows, left out" rows={preview.bad} tone="bad" />
      <RowList title="Rows skipped on purpose" rows={preview.skipped} tone="skipped" />
      {preview.weeks.length > 0 && (
        <>
          <p className="text-sm text-muted">
            The weekly totals that will be stored ({plural(preview.weeks.length, 'week')}).
            {replaced > 0 && ` ${plural(replaced, 'of them is', 'of them are')} logged already: the file’s figures replace theirs.`} Figures the file does not have, such as
            your hours, stay as logged.
          </p>
          <div role="region" aria-label="Weekly totals to import" tabIndex={0} className="relative max-h-80 overflow-auto rounded-md border border-line">
            <table className="w-full border-collapse text-sm tabular-nums">
              <thead>
                <tr>
                  <th scope="col" className="sticky top-0 left-0 z-20 border-b border-line bg-paper px-3 py-2 text-left font-medium">
                    Week of
                  </th>
                  {columns.map((column) => (
                    <th key={column.key} scope="col" className="sticky top-0 z-10 border-b border-line bg-paper px-3 py-2 text-right font-medium">
                      {column.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {preview.weeks.map((week) => (
                  <tr key={week.weekStart} className="border-b border-line last:border-b-0">
                    <th scope="row" className="sticky left-0 bg-white px-3 py-1.5 text-left font-normal whitespace-nowrap">
                      {formatWeek(week.weekStart)}
                      {logged.has(week.weekStart) && <span className="text-muted"> (replaces)</span>}
                    </th>
                    {columns.map((column) => {
                      const value = week[column.key] ?? 0;
                      return (
                        <td key={column.key} className="px-3 py-1.5 text-right whitespace-nowrap">
                          {column.money ? formatCents(value) : formatNumber(value)}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}
