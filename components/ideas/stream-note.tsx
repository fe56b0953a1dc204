import type { ProductType } from '@/lib/ideas/product-types';
import { NOT_IN_SEED, STREAM_TABLE, streamOf, type StreamRow } from '@/lib/results/stream-table';

/**
 * Beside the product type: its row of seed 001's stream table (up-front
 * work, upkeep, best for), why the type's typical hours follow it, and the
 * whole table one click away, so the founder sees where the defaults come from.
 */
export function StreamNote({ type }: { type: ProductType }) {
  const { row, defaults } = streamOf(type);
  return (
    <div data-testid="stream-row" className="rounded-md border border-line bg-paper px-3 py-3 text-sm">
      <p className="font-medium">
        {row.fromSeed ? (
          <>
            Seed 001’s stream table: <span data-testid="stream-name">{row.stream}</span>
          </>
        ) : (
          <>
            <span data-testid="stream-name">{row.stream}</span> ({NOT_IN_SEED})
          </>
        )}
      </p>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 sm:grid-cols-[auto_auto_auto_auto_auto_1fr]">
        <dt className="text-muted">Up-front work</dt>
        <dd data-testid="stream-upfront" className="font-medium">
          {row.upfrontWork}
        </dd>
        <dt className="text-muted">Upkeep</dt>
        <dd data-testid="stream-upkeep" className="font-medium">
          {row.upkeep}
        </dd>
        <dt className="text-muted">Best for</dt>
        <dd data-testid="stream-best-for">{row.bestFor}</dd>
      </dl>
      <p className="mt-2 text-xs text-muted">{defaults}</p>
      <details className="mt-2">
        <summary className="cursor-pointer py-1 text-xs font-medium text-brand underline">The whole table: what each stream takes</summary>
        <StreamTable current={row} />
      </details>
    </div>
  );
}

function StreamTable({ current }: { current: StreamRow }) {
  return (
    <div className="mt-2 overflow-x-auto">
      <table className="w-full text-left text-xs">
        <caption className="pb-1 text-left text-muted">
          Seed 001, “The realistic semi passive streams”, then the types it leaves out (marked *).
        </caption>
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="py-1 pr-2 font-medium">Stream</th>
            <th scope="col" className="py-1 pr-2 font-medium">Up-front work</th>
            <th scope="col" className="py-1 pr-2 font-medium">Upkeep</th>
            <th scope="col" className="hidden py-1 font-medium sm:table-cell">Best for</th>
          </tr>
        </thead>
        <tbody>
          {STREAM_TABLE.map((row) => {
            const isCurrent = row === current;
            return (
              <tr
                key={row.stream}
                data-stream={row.stream}
                aria-current={isCurrent || undefined}
                className={`border-b border-line/60 align-top ${isCurrent ? 'bg-white font-semibold' : ''}`}
              >
                <th scope="row" className="py-1 pr-2 font-medium">
                  {row.stream}
                  {!row.fromSeed && (
                    <>
                      <span aria-hidden>*</span>
                      <span className="sr-only"> ({NOT_IN_SEED})</span>
                    </>
                  )}
                  {row.typesText && <span className="block font-normal text-muted">{row.typesText}</span>}
                  {/* On a phone four columns are too narrow: "best for" goes under the name. */}
                  <span className="block font-normal italic sm:hidden">{row.bestFor}</span>
                </th>
                <td className="py-1 pr-2">{row.upfrontWork}</td>
                <td className="py-1 pr-2">{row.upkeep}</td>
                <td className="hidden py-1 sm:table-cell">{row.bestFor}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p aria-hidden className="mt-1 text-xs text-muted">
        * {NOT_IN_SEED}.
      </p>
    </div>
  );
}
