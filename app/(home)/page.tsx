import { randomUUID } from 'node:crypto';
import Link from 'next/link';
import { CompareBar } from '@/components/ideas/compare-bar';
import { COMPARE_FORM } from '@/components/ideas/compare-form';
import { ExamplePicker } from '@/components/ideas/example-picker';
import { CustomStressBadge } from '@/components/results/custom-stress-badge';
import { LinkPending } from '@/components/ui/link-pending';
import { GateBadge, VerdictBadge } from '@/components/ui/verdict-badge';
import { Landing } from '@/components/landing';
import { getSession } from '@/lib/auth/session';
import { listIdeas } from '@/lib/ideas/data';
import { exampleLabel } from '@/lib/ideas/examples';
import { PRODUCT_TYPES } from '@/lib/ideas/product-types';
import { formatChance, formatMoney } from '@/lib/results/format';
import { parseSort, SORT_KEYS, SORT_LABELS, sortSummaries, summarize } from '@/lib/results/idea-summary';
import { ideaKind } from '@/lib/results/idea-kind';

type Props = { searchParams: Promise<{ sort?: string | string[]; deleted?: string | string[] }> };

export default async function HomePage({ searchParams }: Props) {
  const session = await getSession();
  // Where deleting an account lands (app/account/actions.ts).
  if (!session) return <Landing accountDeleted={(await searchParams).deleted === 'account'} />;
  const sort = parseSort((await searchParams).sort);
  const ideas = await listIdeas(session.user.id);
  const byId = new Map(ideas.map((i) => [i.id, i]));
  const today = new Date();
  const rows = sortSummaries(ideas.map((idea) => summarize(idea, today)), sort);

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Your ideas</h1>
        <p className="mt-1 text-sm text-muted">
          Pull the real numbers first. Run a base case and a stress case. Then decide.
        </p>
      </div>
      {rows.length === 0 ? (
        <div className="rounded-lg border border-dashed border-line bg-white p-8 text-center">
          <p className="font-medium">No ideas yet.</p>
          <p className="mt-1 text-sm text-muted">Underwrite your first idea in a few minutes.</p>
          <Link href="/ideas/new" className="mt-4 inline-block rounded-md bg-brand px-4 py-2 text-sm font-medium text-white">
            New idea
          </Link>
          {/* A key per button and per render: a double click makes one example, two clicks on two types make two. */}
          <ExamplePicker examples={PRODUCT_TYPES.map((type) => ({ type, label: exampleLabel(type), createKey: randomUUID() }))} />
        </div>
      ) : (
        <>
          <nav aria-label="Sort ideas" className="flex flex-wrap items-center gap-2 text-sm">
            <span className="text-muted">Sort by</span>
            {SORT_KEYS.map((key) => (
              <Link
                key={key}
                href={key === 'verdict' ? '/' : `/?sort=${key}`}
                aria-current={key === sort ? 'true' : undefined}
                className="rounded-full border border-line bg-white px-3 py-1 hover:bg-paper aria-[current=true]:border-brand aria-[current=true]:bg-brand aria-[current=true]:text-white"
              >
                {SORT_LABELS[key]}
              </Link>
            ))}
          </nav>
          {rows.length >= 2 && <CompareBar />}
          <ul className="space-y-3" aria-label="Ideas">
            {rows.map((row) => {
              const idea = byId.get(row.id)!;
              return (
                <li key={row.id} data-idea={row.id} className="flex items-stretch gap-2">
                  {rows.length >= 2 && (
                    // Outside the row's link: a control inside a link is neither valid nor reachable.
                    <label className="flex shrink-0 cursor-pointer items-center rounded-lg border border-line bg-white px-2.5 hover:border-brand">
                      <input type="checkbox" name="ids" value={row.id} form={COMPARE_FORM} className="size-4 accent-brand" />
                      <span className="sr-only">Compare {row.name}</span>
                    </label>
                  )}
                  <Link
                    href={`/ideas/${row.id}`}
                    className="grid min-w-0 flex-1 grid-cols-2 gap-3 rounded-lg border border-line bg-white p-4 hover:border-brand sm:grid-cols-[minmax(0,1fr)_6.5rem_8rem_8rem_8rem_8rem] sm:items-center"
                  >
                    <span className="col-span-2 min-w-0 sm:col-span-1">
                      <span className="block font-medium break-words">
                        {row.name} <LinkPending />
                      </span>
                      <span className="block text-sm text-muted">
                        {ideaKind(idea)}
                      </span>
                      <CustomStressBadge differences={row.customStress} details="popover" />
                    </span>
                    <span className="flex flex-wrap items-start gap-1 sm:flex-col">
                      {row.gate && <GateBadge gate={row.gate} />}
                      <VerdictBadge level={row.verdict} />
                    </span>
                    <span className="text-sm" data-testid="chance">
                      <span className="block text-xs text-muted">Chance of payback</span>
                      {row.chance === null ? (
                        <span className="block text-muted">No ranges</span>
                      ) : (
                        <span className={`block font-mono tabular-nums ${row.chance < 0.5 ? 'text-fail' : ''}`}>{formatChance(row.chance)}</span>
                      )}
                    </span>
                    <Stat label="Base net" value={formatMoney(row.baseNet)} bad={row.baseNet < 0} />
                    <Stat label="Stress net" value={formatMoney(row.stressNet)} bad={row.stressNet < 0} />
                    <span className="text-sm">
                      <span className="block text-xs text-muted">Checklist</span>
                      <span className="block">
                        {row.checklistDone} of {row.checklistTotal} done
                      </span>
                      <span
                        className="mt-1 block h-1.5 overflow-hidden rounded-full bg-line"
                        role="progressbar"
                        aria-label="Checklist progress"
                        aria-valuemin={0}
                        aria-valuemax={row.checklistTotal}
                        aria-valuenow={row.checklistDone}
                      >
                        <span
                          className="block h-full bg-brand"
                          style={{ width: `${(100 * row.checklistDone) / (row.checklistTotal || 1)}%` }}
                        />
                      </span>
                    </span>
                  </Link>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}

function Stat({ label, value, bad }: { label: string; value: string; bad: boolean }) {
  return (
    <span className="text-sm">
      <span className="block text-xs text-muted">{label}</span>
      <span className={`block font-mono tabular-nums ${bad ? 'text-fail' : ''}`}>{value}</span>
    </span>
  );
}
