/**
 * Property-based fuzzing of all eight server actions, over HTTP against the
 * production server and its real PostgreSQL, as a signed-in founder.
 *
 * Payloads come from fast-check with a fixed seed (tests/e2e/fuzz-payloads.ts)
 * and are sent 4 at a time, mixed across actions so that deletes, updates
 * and ticks race each other. Every answer must be handled: no 5xx, no error
 * digest, no "database did not answer" (the catch-all for an exception), and
 * what the action's own schema predicts when it is run here on the same
 * payload (a refusal for invalid input, a success for valid input on the
 * founder's own idea, "no longer exists" for anyone else's). Afterwards every
 * row the founder has must pass the zod schemas, and the other user's rows
 * must be byte-for-byte what they were.
 */
import fc from 'fast-check';
import pg from 'pg';
import { z } from 'zod';
import { callAction, callerOf, callFormAction, type ActionResponse } from './actions';
import { snapshotOwner, withSql } from './db-rows';
import {
  answerArgs,
  createPayload,
  CURRENT_VERSION,
  deletePayload,
  evidenceArgs,
  noteArgs,
  stressPayload,
  toggleArgs,
  updatePayload,
  type FormPayload,
  type IdPools,
  type UpdatePayload,
} from './fuzz-payloads';
import { expect, seedIdea, signUp, test, type TestUser } from './support';
import {
  CONFLICT_MESSAGE,
  FIX_FIELDS_MESSAGE,
  IDEA_GONE_MESSAGE,
  OUT_OF_DATE_MESSAGE,
  PROGRESS_GONE_MESSAGE,
  STRESS_RANGE_MESSAGE,
  UNEXPECTED_MESSAGE,
} from '@/lib/actions/result';
import { requireDatabaseUrl } from '@/lib/env';
import { BUILD_TESTS, CHECKLIST_ITEMS } from '@/lib/ideas/checklist';
import { createIdea, listIdeas } from '@/lib/ideas/data';
import { DEMO_IDEAS } from '@/scripts/demo/ideas';
import { answerBuildTest, saveChecklistEvidence, setChecklistItemDone } from '@/lib/ideas/progress';
import {
  buildTestAnswerInputSchema,
  buildTestNoteSchema,
  checklistEvidenceSchema,
  ideaInputSchema,
  ideaVersionSchema,
  isIdeaId,
  toggleChecklistItemSchema,
} from '@/lib/ideas/schema';
import { formNumberValue, parseFormNumber } from '@/lib/ideas/form-number';
import { formValues, ideaFormSchema } from '@/lib/ideas/worksheet-form';
import { stressProfileSchema } from '@/lib/underwrite/schema';

/** Change it to explore other payloads; a failure names it with the payload, so a run can be replayed. */
const SEED = 20_261_121;
// On this 2-core machine 4 in flight get more answers per second than 8 (109/s against 91/s).
const CONCURRENCY = 4;

/**
 * Payloads per action, 10,000 in all. A create or update that is saved
 * answers with the rendered idea page, the slowest answer there is, so they
 * have smaller shares than their importance would suggest.
 */
const COUNTS = {
  createIdeaAction: 2500,
  updateIdeaAction: 2000,
  saveStressProfileAction: 1500,
  deleteIdeaAction: 300,
  toggleChecklistItemAction: 950,
  saveChecklistEvidenceAction: 950,
  answerBuildTestAction: 900,
  saveBuildTestNoteAction: 900,
} as const;
type ActionName = keyof typeof COUNTS;

/** What the server reads from a form: the first value of each field, as FormData.get does. */
function firstValues(entries: [string, string][]): FormData {
  const form = new FormData();
  for (const [key, value] of entries) if (!form.has(key)) form.append(key, value);
  return form;
}

/** Line breaks may become CRLF on the wire, so a value near a length limit may not be valid there even if it is here. */
const hasLineBreak = (entries: [string, string][]) => entries.some(([, v]) => /[\r\n]/.test(v));

const PROGRESS_SCHEMAS = {
  toggleChecklistItemAction: toggleChecklistItemSchema,
  saveChecklistEvidenceAction: checklistEvidenceSchema,
  answerBuildTestAction: buildTestAnswerInputSchema,
  saveBuildTestNoteAction: buildTestNoteSchema,
};

type Job = { action: ActionName; index: number; payload: unknown };

/** Strings shortened for a readable failure message (oversize payloads are thousands of characters). */
const show = (value: unknown) =>
  JSON.stringify(value, (_k, v: unknown) =>
    typeof v === 'string' && v.length > 120
      ? `${v.slice(0, 60)}…(${v.length} chars)`
      : typeof v === 'bigint'
        ? `${v}n`
        : typeof v === 'symbol'
          ? String(v)
          : v,
  );

test('every server action answers 10,000 fuzzed payloads with a refusal or a success, and stores only valid rows', async ({
  page,
  user,
  playwright,
  baseURL,
}) => {
  // About 3.5 minutes on an idle 2-core machine; the limit is a safety net
  // for a busy one, not a speed requirement.
  test.setTimeout(600_000);

  // Another founder, whose ideas the payloads aim at too.
  const otherRequest = await playwright.request.newContext({ baseURL });
  const other: TestUser = await signUp(otherRequest, baseURL!);
  await otherRequest.dispose();
  const othersKeys = [crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()];
  const othersIdeas = await Promise.all(
    othersKeys.map((createKey, i) => createIdea(other.id, { ...DEMO_IDEAS[i]!.input, name: `Other's idea ${i}` }, { createKey })),
  );
  for (const idea of othersIdeas) {
    await setChecklistItemDone(other.id, { ideaId: idea.id, item: 3, done: true });
    await saveChecklistEvidence(other.id, { ideaId: idea.id, item: 3, evidence: 'Checked with ten buyers.' });
    await answerBuildTest(other.id, { ideaId: idea.id, test: 'compounds', answer: 'no' });
  }
  const othersBefore = await snapshotOwner(other.id);

  const own = await Promise.all([0, 1, 2, 0, 1, 2].map((demo) => seedIdea(user.id, {}, demo)));
  const doomed = await Promise.all(Array.from({ length: 16 }, (_, i) => seedIdea(user.id, {}, i % 3)));
  const pools: IdPools = {
    own: own.map((i) => i.id),
    doomed: doomed.map((i) => i.id),
    others: othersIdeas.map((i) => i.id),
    reusedKeys: [crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()],
    othersKeys,
  };
  const isOwn = (id: unknown) => typeof id === 'string' && pools.own.includes(id.toLowerCase());

  // The payloads, each action from its own seed so changing one count leaves the others' payloads as they were.
  const arbitraries: Record<ActionName, fc.Arbitrary<unknown>> = {
    createIdeaAction: createPayload(pools),
    updateIdeaAction: updatePayload(pools),
    saveStressProfileAction: stressPayload(pools),
    deleteIdeaAction: deletePayload(pools),
    toggleChecklistItemAction: toggleArgs(pools),
    saveChecklistEvidenceAction: evidenceArgs(pools),
    answerBuildTestAction: answerArgs(pools),
    saveBuildTestNoteAction: noteArgs(pools),
  };
  const jobs: Job[] = (Object.keys(COUNTS) as ActionName[])
    .flatMap((action, k) =>
      fc.sample(arbitraries[action], { seed: SEED + k, numRuns: COUNTS[action] }).map((payload, index) => ({ action, index, payload })),
    )
    // Interleaved evenly, so every stretch of the run mixes all eight actions.
    .sort((a, b) => (a.index + 0.5) / COUNTS[a.action] - (b.index + 0.5) / COUNTS[b.action]);
  expect(jobs.length).toBeGreaterThanOrEqual(10_000);

  const pool = new pg.Pool({ connectionString: requireDatabaseUrl(), max: 2 });
  const versionOf = async (id: string | undefined) => {
    if (!isIdeaId(id)) return '1';
    const { rows } = await pool.query<{ version: number }>('SELECT version FROM ideas WHERE id = $1', [id]);
    return String(rows[0]?.version ?? 1);
  };

  const createdIds = new Set<string>();
  const deletedIds = new Set<string>();
  // The founder's session, sent as the browser would send it.
  const caller = await callerOf(baseURL!, page.context());
  // Posted to the page the action belongs to, as the browser does (an answer that revalidates renders it).
  const ideaPage = (id: string | undefined) => `/ideas/${isIdeaId(id) ? id : pools.own[0]}`;

  /** Sends one payload and returns what is wrong with the answer, or null. */
  async function run({ action, payload }: Job): Promise<{ response: ActionResponse; problem: string | null }> {
    if (action in PROGRESS_SCHEMAS) {
      const args = payload as unknown[];
      const input = args[0] as { ideaId?: unknown } | undefined;
      const pagePath = ideaPage(typeof input?.ideaId === 'string' ? input.ideaId : undefined);
      const response = await callAction(caller, pagePath, action, args);
      const valid = PROGRESS_SCHEMAS[action as keyof typeof PROGRESS_SCHEMAS].safeParse(args[0]).success;
      const expected = !valid ? 'refused' : isOwn(input?.ideaId) ? 'ok' : PROGRESS_GONE_MESSAGE;
      return { response, problem: check(response, expected) };
    }

    const form = payload as FormPayload;
    let entries = form.entries;
    const fields = firstValues(entries);
    const id = fields.get('id') as string | null;
    if (action === 'createIdeaAction') {
      const response = await callFormAction(caller, '/ideas/new', action, entries, form.previousState);
      const valid = ideaFormSchema.safeParse(formValues(fields)).success;
      const expected = !valid ? FIX_FIELDS_MESSAGE : hasLineBreak(entries) ? 'any' : 'redirect';
      const created = /^\/ideas\/([0-9a-f-]{36});push$/.exec(response.redirect ?? '')?.[1];
      if (created) createdIds.add(created);
      return { response, problem: check(response, expected) };
    }
    if (action === 'updateIdeaAction') {
      const { version } = form as UpdatePayload;
      // The version is looked up as the payload leaves, so some updates are current and get saved.
      if (version !== undefined) entries = [...entries, ['version', version === CURRENT_VERSION ? await versionOf(id ?? undefined) : version]];
      const response = await callFormAction(caller, `${ideaPage(id ?? undefined)}/edit`, action, entries, form.previousState);
      const valid = ideaFormSchema.safeParse(formValues(fields)).success;
      const versionValid = ideaVersionSchema.safeParse(firstValues(entries).get('version')).success;
      const expected = !valid ? FIX_FIELDS_MESSAGE : !versionValid ? OUT_OF_DATE_MESSAGE : !isOwn(id) ? IDEA_GONE_MESSAGE : hasLineBreak(entries) ? 'any' : 'saved or conflict';
      return { response, problem: check(response, expected) };
    }
    if (action === 'saveStressProfileAction') {
      const response = await callFormAction(caller, ideaPage(id ?? undefined), action, entries, form.previousState);
      const raw = Object.fromEntries(Object.keys(stressProfileSchema.shape).map((key) => [key, formNumberValue(parseFormNumber(fields.get(key)))]));
      const valid = stressProfileSchema.safeParse(raw).success;
      const expected = !valid ? STRESS_RANGE_MESSAGE : isOwn(id) ? 'ok' : IDEA_GONE_MESSAGE;
      return { response, problem: check(response, expected) };
    }
    // deleteIdeaAction: only the founder's own ideas go, each once.
    const response = await callFormAction(caller, ideaPage(id ?? undefined), action, entries, form.previousState);
    const target = id?.toLowerCase() ?? '';
    if (response.redirect) {
      if (!pools.doomed.includes(target) || deletedIds.has(target)) return { response, problem: `deleted ${id}, which was not the founder's to delete` };
      deletedIds.add(target);
    }
    return { response, problem: check(response, response.redirect ? 'redirect' : IDEA_GONE_MESSAGE) };
  }

  /**
   * What every answer must be (handled, not an exception) and what this one
   * should be: 'redirect', 'ok', 'refused' (any ok:false), 'saved or
   * conflict', 'any' handled answer, or the exact refusal message.
   */
  function check(response: ActionResponse, expected: string): string | null {
    const { status, redirect, result, body } = response;
    if (status >= 500) return `status ${status}`;
    if (body.includes('"digest"')) return `an error digest: ${body.slice(0, 200)}`;
    if (!redirect && !result) return `neither a redirect nor a result: ${body.slice(0, 200)}`;
    if (result?.message === UNEXPECTED_MESSAGE) return `the catch-all "${result.message}"`;
    const got = redirect ? `redirect ${redirect}` : `ok:${result!.ok} ${JSON.stringify(result!.message)}`;
    const fine =
      expected === 'any' ||
      (expected === 'redirect' && redirect !== null) ||
      (expected === 'ok' && result?.ok === true) ||
      (expected === 'refused' && result?.ok === false) ||
      (expected === 'saved or conflict' && (redirect !== null || result?.message === CONFLICT_MESSAGE)) ||
      (result?.ok === false && result.message === expected);
    return fine ? null : `expected ${expected}, got ${got}`;
  }

  const stats = new Map<ActionName, { n: number; ms: number; redirect: number; ok: number; refused: number }>();
  // Wrong answers by kind, each with its first example: one run shows every kind of bug at once.
  const failures = new Map<string, { count: number; example: string }>();
  let next = 0;
  const started = Date.now();
  try {
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < jobs.length) {
          const job = jobs[next++]!;
          const t0 = Date.now();
          const { response, problem } = await run(job);
          const s = stats.get(job.action) ?? { n: 0, ms: 0, redirect: 0, ok: 0, refused: 0 };
          s.n++;
          s.ms += Date.now() - t0;
          if (response.redirect) s.redirect++;
          else if (response.result?.ok) s.ok++;
          else s.refused++;
          stats.set(job.action, s);
          if (problem) {
            const kind = `${job.action}: ${problem.replace(/[0-9a-f-]{36}/gi, '<id>').slice(0, 90)}`;
            const seen = failures.get(kind) ?? { count: 0, example: `#${job.index}: ${problem}\n    payload: ${show(job.payload)}` };
            seen.count++;
            failures.set(kind, seen);
          }
        }
      }),
    );
  } finally {
    await pool.end();
  }
  const seconds = (Date.now() - started) / 1000;
  const table = [...stats].map(
    ([action, s]) => `${action.padEnd(28)} ${String(s.n).padStart(5)} sent, ${(s.ms / s.n).toFixed(0).padStart(4)} ms avg; ${s.redirect} redirects, ${s.ok} ok, ${s.refused} refused`,
  );
  const total = [...stats.values()].reduce((sum, s) => sum + s.n, 0);
  console.log(`Fuzzed ${total} payloads in ${seconds.toFixed(1)} s (${(total / seconds).toFixed(0)}/s), seed ${SEED}:\n${table.join('\n')}`);
  test.info().annotations.push({ type: 'fuzz', description: `${total} payloads in ${seconds.toFixed(1)} s, seed ${SEED}` });

  const wrong = [...failures.values()].reduce((sum, f) => sum + f.count, 0);
  const report = [...failures].map(([kind, f]) => `${f.count} × ${kind}\n  first: ${f.example}`).join('\n');
  expect(report, `${wrong} of ${total} answers were wrong (seed ${SEED})`).toBe('');
  expect(total).toBeGreaterThanOrEqual(10_000);
  // Each kind of answer really happened: the payloads reach the database, not only the validation.
  for (const action of ['createIdeaAction', 'updateIdeaAction'] as const) expect(stats.get(action)!.redirect, action).toBeGreaterThan(50);
  for (const action of ['saveStressProfileAction', 'toggleChecklistItemAction', 'saveChecklistEvidenceAction', 'answerBuildTestAction', 'saveBuildTestNoteAction'] as const)
    expect(stats.get(action)!.ok, action).toBeGreaterThan(50);
  expect(deletedIds.size).toBeGreaterThan(0);

  // Every idea the founder now has passes the schemas the app reads it with.
  // (Problems are collected and asserted once: thousands of expect() calls
  // would cost Playwright more time than the checks themselves.)
  const ideas = await listIdeas(user.id);
  expect(ideas.length).toBe(own.length + doomed.length - deletedIds.size + createdIds.size);
  const invalid: string[] = [];
  for (const { id, name, problem, audience, stress, ...idea } of ideas) {
    const input = ideaInputSchema.safeParse({ name, problem, audience, ...idea });
    if (!input.success) invalid.push(`idea ${id}: ${show(input.error.issues)}`);
    // Stored as the schema outputs it: nothing that trimming would still change.
    else if (input.data.name !== name || input.data.problem !== problem || input.data.audience !== audience) invalid.push(`idea ${id}: untrimmed text`);
    const profile = stressProfileSchema.safeParse(stress);
    if (!profile.success) invalid.push(`stress of ${id}: ${show(profile.error.issues)}`);
  }

  // Their checklist and build-it-once rows, straight from PostgreSQL, with
  // the actions' own field schemas: every item and test of every idea, and
  // text stored as the schema outputs it.
  const checklistRow = z
    .object({ item: toggleChecklistItemSchema.shape.item, done: z.boolean(), done_at: z.date().nullable(), evidence: checklistEvidenceSchema.shape.evidence })
    .refine((r) => r.done === (r.done_at !== null), 'done_at is set exactly when done');
  const buildTestRow = z.object({
    test: buildTestAnswerInputSchema.shape.test,
    answer: buildTestAnswerInputSchema.shape.answer,
    note: buildTestNoteSchema.shape.note,
  });
  const storedAsParsed = (schema: typeof checklistRow | typeof buildTestRow, row: Record<string, unknown>) => {
    const parsed = schema.safeParse(row);
    return parsed.success && Object.entries(parsed.data).every(([key, value]) => value === row[key]);
  };
  const { checklist, tests } = await withSql(async (sql) => ({
    checklist: (
      await sql.query(
        'SELECT c.idea_id, c.item, c.done, c.done_at, c.evidence FROM checklist_items c JOIN ideas i ON i.id = c.idea_id WHERE i.owner_id = $1',
        [user.id],
      )
    ).rows as { idea_id: string }[],
    tests: (
      await sql.query('SELECT b.idea_id, b.test, b.answer, b.note FROM build_tests b JOIN ideas i ON i.id = b.idea_id WHERE i.owner_id = $1', [
        user.id,
      ])
    ).rows as { idea_id: string }[],
  }));
  expect(checklist.length).toBe(ideas.length * CHECKLIST_ITEMS.length);
  expect(tests.length).toBe(ideas.length * BUILD_TESTS.length);
  for (const row of checklist) if (!storedAsParsed(checklistRow, row)) invalid.push(`checklist row ${show(row)}`);
  for (const row of tests) if (!storedAsParsed(buildTestRow, row)) invalid.push(`build test row ${show(row)}`);
  expect(invalid, 'stored rows that fail the schemas').toEqual([]);
  // The payloads reached the database with every worksheet field, the service package and the founder's hours included.
  const hybrids = ideas.filter((i) => i.servicePackageRate > 0 && i.servicePackagePrice > 0 && i.servicePackageHours > 0);
  expect(hybrids.length, 'stored hybrid ideas').toBeGreaterThan(50);
  expect(ideas.filter((i) => i.availableHoursPerMonth !== 40).length, 'stored ideas with their own available hours').toBeGreaterThan(50);

  // Every idea a create answered with is the founder's own, and the other founder's rows are untouched.
  const owners = await withSql(
    async (sql) => (await sql.query<{ owner_id: string }>('SELECT DISTINCT owner_id FROM ideas WHERE id = ANY($1::uuid[])', [[...createdIds]])).rows,
  );
  expect(owners.map((o) => o.owner_id)).toEqual([user.id]);
  expect(await snapshotOwner(other.id), "the other founder's rows, byte for byte").toEqual(othersBefore);
});
