import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import pg from 'pg';
import { toFormValues } from '@/lib/results/form-values';
import { DEMO_IDEAS } from '@/scripts/demo/ideas';
import { actionHeaders, callFormAction, type Caller } from '../e2e/actions';

/*
 * Load against a running production server, over real HTTP: a founder's
 * account and ideas made through the app's own endpoints, then autocannon
 * on pages and on a write (ticking checklist items). Shared by the load
 * benchmark (tests/bench/load.ts) and the outage-under-load test.
 */

/** Signs up a new founder over HTTP and returns the session as a caller. */
export async function signUpOver(origin: string): Promise<Caller & { email: string }> {
  const email = `load-${randomUUID()}@example.com`;
  const body = JSON.stringify({ name: 'Load founder', email, password: `pw-${randomUUID()}` });
  let response: Response;
  // A server that has just started answers auth requests 503 until its app has loaded (lib/auth/http.ts).
  for (let attempt = 0; ; attempt++) {
    response = await fetch(`${origin}/api/auth/sign-up/email`, { method: 'POST', headers: { 'content-type': 'application/json', origin }, body });
    if (response.status !== 503 || attempt === 30) break;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  if (response.status !== 200) throw new Error(`Sign-up answered ${response.status}: ${await response.text()}`);
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { origin, cookie, email };
}

/** Creates `count` copies of a demo idea through the create action; returns their ids. */
export async function createIdeasOver(caller: Caller, count: number): Promise<string[]> {
  const values = toFormValues({ ...DEMO_IDEAS[1]!.input, name: 'Load idea' });
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const response = await callFormAction(caller, '/ideas/new', 'createIdeaAction', { ...values, name: `Load idea ${i + 1}`, createKey: randomUUID() });
    const id = response.redirect?.match(/\/ideas\/([0-9a-f-]{36})/)?.[1];
    if (!id) throw new Error(`Creating idea ${i + 1} answered ${response.status}.`);
    ids.push(id);
  }
  return ids;
}

export type Tick = { ideaId: string; item: number };

/** Every checklist item of these ideas, each to be ticked once. */
export const ticksOf = (ideaIds: string[]): Tick[] => ideaIds.flatMap((ideaId) => [1, 2, 3, 4, 5].map((item) => ({ ideaId, item })));

export type LoadResult = { requestsPerSecond: number; p50: number; p99: number; errors: number; total: number };

function summary(result: autocannon.Result): LoadResult {
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    total: result.requests.total,
  };
}

/** GET `path` as `caller` for `seconds` with `connections` at once. */
export async function loadPage(caller: Caller, path: string, connections: number, seconds: number): Promise<LoadResult> {
  const result = await autocannon({ url: `${caller.origin}${path}`, connections, duration: seconds, headers: { cookie: caller.cookie } });
  return summary(result);
}

/**
 * Ticks each of `ticks` once through toggleChecklistItemAction, `connections`
 * at a time. A tick is acknowledged when the action answered ok; the caller
 * checks that every acknowledged tick is in the database.
 */
export type TickProgress = {
  acknowledged: Tick[];
  /** Answers that were not an acknowledgement: the status and the start of the body. */
  refused: { status: number; body: string }[];
};

export async function loadTicks(
  caller: Caller,
  ticks: Tick[],
  connections: number,
  /** Filled in as answers arrive, for a caller that acts during the run. */
  progress: TickProgress = { acknowledged: [], refused: [] },
): Promise<LoadResult & TickProgress> {
  const { acknowledged, refused } = progress;
  let next = 0;
  const result = await autocannon({
    url: caller.origin,
    connections,
    amount: ticks.length,
    headers: { ...actionHeaders(caller, 'toggleChecklistItemAction'), 'content-type': 'text/plain;charset=UTF-8' },
    requests: [
      {
        method: 'POST',
        setupRequest: (request, context) => {
          const tick = ticks[next++ % ticks.length]!;
          // One request in flight per connection: its context matches the answer to the tick.
          (context as { tick?: Tick }).tick = tick;
          return { ...request, path: `/ideas/${tick.ideaId}`, body: JSON.stringify([{ ...tick, done: true }]) };
        },
        onResponse: (status, body, context) => {
          const tick = (context as { tick?: Tick }).tick;
          if (status === 200 && body.includes('"ok":true') && tick) acknowledged.push(tick);
          else refused.push({ status, body: body.slice(0, 2000) });
        },
      },
    ],
  });
  return { ...summary(result), acknowledged, refused };
}

/** The ticked items of these ideas, as "ideaId/item". */
export async function tickedInDatabase(databaseUrl: string, ideaIds: string[]): Promise<Set<string>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ idea_id: string; item: number }>('SELECT idea_id, item FROM checklist_items WHERE done AND idea_id = ANY($1::uuid[])', [ideaIds]);
    return new Set(rows.map((r) => `${r.idea_id}/${r.item}`));
  } finally {
    await client.end();
  }
}
