import type { Conflict } from '@/lib/actions/result';

/**
 * Shown when a save was refused because the idea was saved elsewhere after
 * this form was opened: what changed, field by field, and the two ways on.
 */
export function ConflictPanel({
  conflict,
  reloadHref,
  overwrite,
}: {
  conflict: Conflict;
  reloadHref: string;
  overwrite: () => void;
}) {
  return (
    <section aria-labelledby="conflict-heading" className="rounded-md border border-fragile/40 bg-fragile-soft p-4 text-sm" data-testid="conflict">
      <h2 id="conflict-heading" className="font-semibold">
        What changed since you opened this form
      </h2>
      {conflict.changes.length === 0 ? (
        <p className="mt-1">The saved values are the same as yours; saving again is safe.</p>
      ) : (
        <div className="mt-2 overflow-x-auto">
          <table className="w-full text-left">
            <thead>
              <tr className="text-xs text-muted">
                <th scope="col" className="py-1 pr-3 font-medium">Field</th>
                <th scope="col" className="py-1 pr-3 font-medium">Saved now</th>
                <th scope="col" className="py-1 font-medium">Yours</th>
              </tr>
            </thead>
            <tbody>
              {conflict.changes.map((c) => (
                <tr key={c.field} className="border-t border-black/10" data-field={c.field}>
                  <th scope="row" className="py-1 pr-3 font-medium">{c.label}</th>
                  <td className="py-1 pr-3">{c.saved}</td>
                  <td className="py-1">{c.yours}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="mt-3 flex flex-wrap gap-2">
        {/* A full load, so the form starts again from what is saved. */}
        <a href={reloadHref} className="rounded-md border border-line bg-white px-3 py-2 font-medium hover:bg-paper">
          Discard mine and load the saved version
        </a>
        <button type="button" onClick={overwrite} className="rounded-md bg-fragile px-3 py-2 font-medium text-white">
          Overwrite with my values
        </button>
      </div>
    </section>
  );
}
