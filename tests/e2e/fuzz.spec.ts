/**
 * Property-based fuzzing of every server action, over HTTP against the
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
  applyNumbersArgs,
  checklistNumbersArgs,
  createPayload,
  CURRENT_VERSION,
  deletePayload,
  deleteWeekArgs,
  evidenceArgs,
  importPayload,
  LATEST_VERSION,
  noteArgs,
  rangesPayload,
  restorePayload,
  saveWeekPayload,
  stressPayload,
  toggleArgs,
  updatePayload,
  type FormPayload,
  type IdPools,
  type RangeEnd,
  type RangesPayload,
  type RestorePayload,
  type UpdatePayload,
} from './fuzz-payloads';
import { expect, seedIdea, signUp, test, type TestUser } from './support';
import {
  APPLY_CONFLICT_MESSAGE,
  CONFLICT_MESSAGE,
  FIX_FIELDS_MESSAGE,
  HISTORY_CONFLICT_MESSAGE,
  IDEA_GONE_MESSAGE,
  IMPORT_FAILED_MESSAGE,
  OUT_OF_DATE_MESSAGE,
  PROGRESS_GONE_MESSAGE,
  RANGES_CONFLICT_MESSAGE,
  STRESS_RANGE_MESSAGE,
  UNEXPECTED_MESSAGE,
  VERSION_BREAKS_RULES_MESSAGE,
  WEEK_GONE_MESSAGE,
} from '@/lib/actions/result';
import { columnMappingSchema, mappingKey, previewImport } from '@/lib/actuals';
import { requireDatabaseUrl } from '@/lib/env';
import { REMEMBERED_MAPPINGS, saveActualWeek } from '@/lib/ideas/actuals';
import { actualWeekFormSchema, weekFormValues } from '@/lib/ideas/actuals-form';
import { actualWeekSchema, deleteActualWeekSchema, importActualsSchema, importActualWeeksSchema } from '@/lib/ideas/actuals-schema';
import { BUILD_TESTS, CHECKLIST_ITEMS } from '@/lib/ideas/checklist';
import { applyChecklistNumbersSchema, applyNumbers, checklistNumbersFormSchema, checklistNumbersSchema, numberApplications } from '@/lib/ideas/checklist-numbers';
import { createIdea, getIdea, listIdeas, NOTHING_TO_APPLY } from '@/lib/ideas/data';
import { FIELDS } from '@/lib/ideas/fields';
import { rangesFormSchema } from '@/lib/ideas/ranges-form';
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
import {
  outputsOf,
  restoreVersionSchema,
  snapshotOf,
  VERSION_KINDS,
  versionOutputsSchema,
  versionSnapshotSchema,
} from '@/lib/ideas/version-schema';
import { formValues, ideaFormSchema } from '@/lib/ideas/worksheet-form';
import { RANGE_FIELDS } from '@/lib/underwrite/ranges';
import { stressProfileSchema } from '@/lib/underwrite/schema';

/** Change it to explore other payloads; a failure names it with the payload, so a run can be replayed. */
const SEED = 20_261_121;
// On this 2-core machine 4 in flight get more answers per second than 8 (109/s against 91/s).
const CONCURRENCY = 4;

/**
 * Payloads per action, 10,000 in all. A create or update that is saved
 * answers with the rendered idea page, and a restore with the rendered
 * history page, the slowest answers there are, so they have smaller shares
 * than their importance would suggest; the stress panel's save, a cheap
 * answer, has the largest.
 */
const COUNTS = {
  createIdeaAction: 1200,
  updateIdeaAction: 1350,
  saveStressProfileAction: 2000,
  deleteIdeaAction: 300,
  toggleChecklistItemAction: 600,
  saveChecklistEvidenceAction: 600,
  answerBuildTestAction: 550,
  saveBuildTestNoteAction: 550,
  saveRangesAction: 550,
  restoreVersionAction: 400,
  saveActualWeekAction: 450,
  deleteActualWeekAction: 350,
  importActualsAction: 350,
  saveChecklistNumbersAction: 400,
  applyChecklistNumbersAction: 350,
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
    // Weeks where the payloads' deletes and imports aim.
    for (const weekStart of ['2026-06-01', '2026-06-08', '2026-08-17'])
      await saveActualWeek(other.id, idea.id, { weekStart, visitors: 100, sales: 2, refunds: 0, revenue: 58, refundedAmount: null, fees: 1.2, hoursSpent: 3 });
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
    saveRangesAction: rangesPayload(pools, RANGE_FIELDS),
    restoreVersionAction: restorePayload(pools),
    saveActualWeekAction: saveWeekPayload(pools),
    deleteActualWeekAction: deleteWeekArgs(pools),
    importActualsAction: importPayload(pools),
    saveChecklistNumbersAction: checklistNumbersArgs(pools),
    applyChecklistNumbersAction: applyNumbersArgs(pools),
  };
  const jobs: Job[] = (Object.keys(COUNTS) as ActionName[])
    .flatMap((action, k) =>
      fc.sample(arbitraries[action], { seed: SEED + k, numRuns: COUNTS[action] }).map((payload, index) => ({ action, index, payload })),
    )
    // Interleaved evenly, so every stretch of the run mixes all the actions.
    .sort((a, b) => (a.index + 0.5) / COUNTS[a.action] - (b.index + 0.5) / COUNTS[b.action]);
  expect(jobs.length).toBeGreaterThanOrEqual(10_000);

  const pool = new pg.Pool({ connectionString: requireDatabaseUrl(), max: 2 });
  const versionOf = async (id: string | undefined) => {
    if (!isIdeaId(id)) return '1';
    const { rows } = await pool.query<{ version: number }>('SELECT version FROM ideas WHERE id = $1', [id]);
    return String(rows[0]?.version ?? 1);
  };
  /** The number of the idea's newest version (the history page's guard). */
  const latestOf = async (id: string) =>
    (await pool.query<{ n: number | null }>('SELECT max(number)::int AS n FROM idea_versions WHERE idea_id = $1', [id])).rows[0]?.n ?? 0;
  // Answers that a change by another payload, made while this one was in flight, may have decided, by action.
  const raced = new Map<ActionName, number>();
  const race = (action: ActionName) => {
    raced.set(action, (raced.get(action) ?? 0) + 1);
    return 'any';
  };

  const createdIds = new Set<string>();
  const deletedIds = new Set<string>();
  // The founder's session, sent as the browser would send it.
  const caller = await callerOf(baseURL!, page.context());
  // Posted to the page the action belongs to, as the browser does (an answer that revalidates renders it).
  const ideaPage = (id: string | undefined) => `/ideas/${isIdeaId(id) ? id : pools.own[0]}`;

  /** A range end as the editor's form would carry it: text, or a number placed around the idea's value (in the form's units). */
  const PERCENT = new Set(FIELDS.filter((f) => f.unit === 'percent').map((f) => f.key as string));
  function endText(end: RangeEnd, key: string, idea: Record<string, unknown> | null): string {
    if (typeof end === 'string') return end;
    const field = key.replace(/(Low|High)$/, '');
    const stored = typeof idea?.[field] === 'number' ? (idea[field] as number) : 1;
    const value = PERCENT.has(field) ? stored * 100 : stored;
    const n = value + end.side * end.spread * (end.side < 0 ? Math.abs(value) : Math.max(Math.abs(value), 1));
    return [String(n), n.toFixed(2), n.toPrecision(6), ` ${n} `, n.toLocaleString('en-US', { maximumFractionDigits: 20 })][end.format]!;
  }

  /**
   * The ranges editor's save: checked against the idea as stored when the
   * payload leaves, which is the idea the action checks it against unless
   * another payload changed the idea meanwhile (every change of its values
   * raises its version, read again after the answer).
   */
  async function runRanges(p: RangesPayload): Promise<{ response: ActionResponse; problem: string | null }> {
    const head: [string, string][] = [...(p.id === undefined ? [] : [['id', p.id] as [string, string]]), ...p.extra];
    const id = firstValues(head).get('id');
    const idea = isOwn(id) ? await getIdea(user.id, id as string) : null;
    const entries: [string, string][] = [
      ...(p.id === undefined ? [] : [['id', p.id] as [string, string]]),
      ...(p.version === undefined ? [] : [['version', p.version === CURRENT_VERSION ? String(idea?.version ?? 1) : p.version] as [string, string]]),
      ...p.ends.map(([key, end]): [string, string] => [key, endText(end, key, idea)]),
      ...p.extra,
    ];
    const fields = firstValues(entries);
    const response = await callFormAction(caller, ideaPage((id as string | null) ?? undefined), 'saveRangesAction', entries, p.previousState);
    const version = ideaVersionSchema.safeParse(fields.get('version'));
    let expected: string;
    if (!version.success) expected = OUT_OF_DATE_MESSAGE;
    else if (!idea) expected = IDEA_GONE_MESSAGE;
    else if ((await versionOf(idea.id)) !== String(idea.version + (response.result?.ok ? 1 : 0))) expected = race('saveRangesAction');
    else if (!rangesFormSchema(idea).safeParse(formValues(fields)).success) expected = FIX_FIELDS_MESSAGE;
    else expected = version.data === idea.version ? 'ok' : RANGES_CONFLICT_MESSAGE;
    return { response, problem: check(response, expected) };
  }

  /**
   * The history page's restore: the version asked for and the newest the
   * page showed, resolved against the idea's history as the payload leaves;
   * decided as predicted unless another payload added a version meanwhile.
   */
  async function runRestore(p: RestorePayload): Promise<{ response: ActionResponse; problem: string | null }> {
    const head: [string, string][] = [...(p.id === undefined ? [] : [['id', p.id] as [string, string]]), ...p.extra];
    const id = firstValues(head).get('id') as string | null;
    const newest = isOwn(id) ? await latestOf(id!) : 1;
    const number = p.number === undefined || typeof p.number === 'string' ? p.number : String(1 + Math.floor(p.number.share * newest));
    const latest = p.latest === LATEST_VERSION ? String(newest) : typeof p.latest === 'object' ? String(newest + p.latest.offset) : p.latest;
    const entries: [string, string][] = [
      ...(p.id === undefined ? [] : [['id', p.id] as [string, string]]),
      ...(number === undefined ? [] : [['number', number] as [string, string]]),
      ...(latest === undefined ? [] : [['latest', latest] as [string, string]]),
      ...p.extra,
    ];
    const fields = firstValues(entries);
    const response = await callFormAction(caller, `${ideaPage(id ?? undefined)}/history`, 'restoreVersionAction', entries, p.previousState);
    const parsed = restoreVersionSchema.safeParse({ id: fields.get('id'), number: fields.get('number'), latest: fields.get('latest') });
    let expected: string;
    if (!parsed.success) expected = parsed.error.issues.some((issue) => issue.path[0] === 'id') ? IDEA_GONE_MESSAGE : OUT_OF_DATE_MESSAGE;
    else if (!isOwn(parsed.data.id)) expected = IDEA_GONE_MESSAGE;
    else if ((await latestOf(parsed.data.id)) !== newest + (response.result?.ok ? 1 : 0)) expected = race('restoreVersionAction');
    else if (parsed.data.latest !== newest) expected = HISTORY_CONFLICT_MESSAGE;
    else if (parsed.data.number > newest) expected = IDEA_GONE_MESSAGE;
    else {
      const { rows } = await pool.query<{ snapshot: unknown }>('SELECT snapshot FROM idea_versions WHERE idea_id = $1 AND number = $2', [
        parsed.data.id,
        parsed.data.number,
      ]);
      const { stress: _stress, ...worksheet } = versionSnapshotSchema.parse(rows[0]!.snapshot);
      const input = ideaInputSchema.safeParse(worksheet);
      expected = input.success ? 'ok' : `${VERSION_BREAKS_RULES_MESSAGE} ${input.error.issues.map((issue) => issue.message).join(' ')}`;
    }
    return { response, problem: check(response, expected) };
  }

  /**
   * The actuals payloads on each idea in flight, and how many have been
   * sent: a delete's answer is predicted only when no other actuals payload
   * on its idea overlapped it (a save or an import may log the week first,
   * another delete may take it).
   */
  const traffic = new Map<string, { inflight: number; sent: number }>();
  async function onWeeks<T>(ideaId: unknown, send: () => Promise<T>, kind = 'weeks'): Promise<{ value: T; alone: boolean }> {
    const key = `${kind} ${typeof ideaId === 'string' ? ideaId.toLowerCase() : ''}`;
    const traffic = traffic_(key);
    const wasIdle = traffic.inflight === 0;
    const sent = ++traffic.sent;
    traffic.inflight++;
    try {
      const value = await send();
      return { value, alone: wasIdle && traffic.sent === sent };
    } finally {
      traffic.inflight--;
    }
  }
  function traffic_(key: string) {
    if (!traffic.has(key)) traffic.set(key, { inflight: 0, sent: 0 });
    return traffic.get(key)!;
  }

  /**
   * The checklist's numbers: a recording is predicted by its schema; an
   * apply by the idea as it stood when sent (its version, the item's
   * numbers), unless another numbers payload on the idea overlapped it or
   * the idea's version moved by more than the apply's own save.
   */
  async function runNumbers(action: ActionName, payload: unknown): Promise<{ response: ActionResponse; problem: string | null }> {
    const args = [...(payload as unknown[])];
    const input = args[0] !== null && typeof args[0] === 'object' && !Array.isArray(args[0]) ? (args[0] as Record<string, unknown>) : undefined;
    const ideaId = input?.ideaId;
    const path = ideaPage(typeof ideaId === 'string' ? ideaId : undefined);
    if (action === 'saveChecklistNumbersAction') {
      const { value: response } = await onWeeks(ideaId, () => callAction(caller, path, action, args), 'numbers');
      const parsed = checklistNumbersFormSchema.safeParse(args[0]);
      const expected = !parsed.success ? FIX_FIELDS_MESSAGE : isOwn(parsed.data.ideaId) ? 'ok' : PROGRESS_GONE_MESSAGE;
      return { response, problem: check(response, expected) };
    }
    const { value, alone } = await onWeeks(
      ideaId,
      async () => {
        const idea = isOwn(ideaId) ? await getIdea(user.id, ideaId as string) : null;
        if (input?.version === CURRENT_VERSION) args[0] = { ...input, version: idea?.version ?? 1 };
        const response = await callAction(caller, path, action, args);
        return { idea, response, after: idea ? await versionOf(idea.id) : null };
      },
      'numbers',
    );
    const { idea, response, after } = value;
    const parsed = applyChecklistNumbersSchema.safeParse(args[0]);
    let expected: string;
    if (!parsed.success) expected = parsed.error.issues[0]?.message ?? 'refused';
    else if (!idea) expected = PROGRESS_GONE_MESSAGE;
    else if (!alone || after !== String(idea.version + (response.result?.ok ? 1 : 0))) expected = race(action);
    else if (parsed.data.version !== idea.version) expected = APPLY_CONFLICT_MESSAGE;
    else {
      const entry = idea.checklist.find((c) => c.item === parsed.data.item);
      const applications = entry ? numberApplications(entry) : [];
      const applied = ideaInputSchema.safeParse(applyNumbers(idea, applications));
      expected = applications.length === 0 ? NOTHING_TO_APPLY : applied.success ? 'ok' : (applied.error.issues[0]?.message ?? NOTHING_TO_APPLY);
    }
    return { response, problem: check(response, expected) };
  }

  // A form's text arrives with its line breaks as CRLF (fetch encodes multipart as browsers do), which the server reads.
  const asSent = (entries: [string, string][]) => firstValues(entries.map(([key, value]): [string, string] => [key, value.replace(/\r?\n|\r/g, '\r\n')]));

  async function runWeeks(action: ActionName, payload: unknown): Promise<{ response: ActionResponse; problem: string | null }> {
    if (action === 'deleteActualWeekAction') {
      const args = payload as unknown[];
      const parsed = deleteActualWeekSchema.safeParse(args[0]);
      const ideaId = (args[0] as { ideaId?: unknown } | undefined)?.ideaId;
      const { value, alone } = await onWeeks(ideaId, async () => {
        const logged =
          parsed.success && isOwn(parsed.data.ideaId)
            ? (await pool.query('SELECT 1 FROM actual_weeks WHERE idea_id = $1 AND week_start = $2::date', [parsed.data.ideaId, parsed.data.weekStart])).rowCount === 1
            : false;
        return { logged, response: await callAction(caller, `${ideaPage(typeof ideaId === 'string' ? ideaId : undefined)}/actuals`, action, args) };
      });
      const expected = !parsed.success
        ? (parsed.error.issues[0]?.message ?? 'refused')
        : !isOwn(parsed.data.ideaId)
          ? WEEK_GONE_MESSAGE
          : !alone
            ? race(action)
            : value.logged
              ? 'ok'
              : WEEK_GONE_MESSAGE;
      return { response: value.response, problem: check(value.response, expected) };
    }

    const form = payload as FormPayload;
    const fields = asSent(form.entries);
    const ideaId = fields.get('ideaId');
    const path = `${ideaPage(typeof ideaId === 'string' ? ideaId : undefined)}/actuals`;
    const { value: response } = await onWeeks(ideaId, () => callFormAction(caller, path, action, form.entries, form.previousState));
    let expected: string;
    if (action === 'saveActualWeekAction') {
      expected = !isIdeaId(ideaId)
        ? IDEA_GONE_MESSAGE
        : !actualWeekFormSchema.safeParse(weekFormValues(fields)).success
          ? FIX_FIELDS_MESSAGE
          : isOwn(ideaId)
            ? 'ok'
            : IDEA_GONE_MESSAGE;
    } else {
      // The import reads the text again with the import engine, which predicts it here too.
      const parsed = importActualsSchema.safeParse({ ideaId, name: fields.get('name') ?? '', text: fields.get('text'), mapping: fields.get('mapping') });
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        expected = issue?.path[0] === 'ideaId' ? IDEA_GONE_MESSAGE : (issue?.message ?? 'refused');
      } else {
        const { ideaId: id, ...source } = parsed.data;
        const preview = previewImport([source]);
        const importable =
          preview.ok &&
          preview.preview.weeks.length > 0 &&
          importActualWeeksSchema.safeParse({ ideaId: id, weeks: preview.preview.weeks.map((week) => ({ ...week, hoursSpent: null })) }).success;
        expected = !importable ? 'refused' : isOwn(id) ? 'ok' : IDEA_GONE_MESSAGE;
      }
    }
    return { response, problem: check(response, expected) };
  }

  /** Sends one payload and returns what is wrong with the answer, or null. */
  async function run({ action, payload }: Job): Promise<{ response: ActionResponse; problem: string | null }> {
    if (action === 'saveRangesAction') return runRanges(payload as RangesPayload);
    if (action === 'restoreVersionAction') return runRestore(payload as RestorePayload);
    if (action === 'saveActualWeekAction' || action === 'deleteActualWeekAction' || action === 'importActualsAction') return runWeeks(action, payload);
    if (action === 'saveChecklistNumbersAction' || action === 'applyChecklistNumbersAction') return runNumbers(action, payload);
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
    if (result?.message === UNEXPECTED_MESSAGE || result?.message === IMPORT_FAILED_MESSAGE) return `the catch-all "${result.message}"`;
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
    ([action, s]) =>
      `${action.padEnd(28)} ${String(s.n).padStart(5)} sent, ${(s.ms / s.n).toFixed(0).padStart(4)} ms avg; ${s.redirect} redirects, ${s.ok} ok, ${s.refused} refused` +
      (raced.has(action) ? `; ${raced.get(action)} raced` : ''),
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
  for (const action of [
    'saveStressProfileAction',
    'toggleChecklistItemAction',
    'saveChecklistEvidenceAction',
    'answerBuildTestAction',
    'saveBuildTestNoteAction',
    'saveRangesAction',
    'restoreVersionAction',
    'saveActualWeekAction',
    'deleteActualWeekAction',
    'importActualsAction',
    'saveChecklistNumbersAction',
    'applyChecklistNumbersAction',
  ] as const)
    expect(stats.get(action)!.ok, action).toBeGreaterThan(50);
  // Most answers were checked against a prediction, not let through because another payload raced them.
  for (const [action, n] of raced) expect(n, `${action} answers raced`).toBeLessThan(COUNTS[action] / 5);
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

  // Their history, straight from PostgreSQL: each idea's versions numbered
  // 1, 2, 3… from its creation, each the snapshot of inputs that pass the
  // worksheet's rules with the engine's outputs for them, none repeating the
  // one before but a restore (history lists changes, not clicks), and the
  // newest exactly the idea as stored: every change was recorded.
  type VersionRow = { idea_id: string; number: number; kind: string; restored_from: number | null; snapshot: unknown; outputs: unknown };
  const versionRows = await withSql(
    async (sql) =>
      (
        await sql.query<VersionRow>(
          'SELECT v.idea_id, v.number, v.kind, v.restored_from, v.snapshot, v.outputs FROM idea_versions v JOIN ideas i ON i.id = v.idea_id WHERE i.owner_id = $1 ORDER BY v.idea_id, v.number',
          [user.id],
        )
      ).rows,
  );
  const versionsOf = new Map<string, VersionRow[]>();
  for (const row of versionRows) {
    if (!versionsOf.has(row.idea_id)) versionsOf.set(row.idea_id, []);
    versionsOf.get(row.idea_id)!.push(row);
  }
  // Compared as JSON, in the schemas' key order: JSONB keeps no key order, and -0 is 0 there.
  const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  for (const idea of ideas) {
    let previous: unknown = null;
    for (const [i, row] of (versionsOf.get(idea.id) ?? []).entries()) {
      const where = `version ${row.number} of ${idea.id}`;
      if (row.number !== i + 1) invalid.push(`${where}: numbered after version ${i}`);
      if (!(VERSION_KINDS as readonly string[]).includes(row.kind) || (i === 0) !== (row.kind === 'created')) invalid.push(`${where}: kind ${row.kind}`);
      const restoredFromOk = row.kind === 'restore' ? row.restored_from !== null && row.restored_from >= 1 && row.restored_from < row.number : row.restored_from === null;
      if (!restoredFromOk) invalid.push(`${where}: a ${row.kind} restored from ${row.restored_from}`);
      const snapshot = versionSnapshotSchema.safeParse(row.snapshot);
      if (!snapshot.success) {
        invalid.push(`${where}: snapshot ${show(snapshot.error.issues)}`);
        continue;
      }
      const { stress: _stress, ...worksheet } = snapshot.data;
      const input = ideaInputSchema.safeParse(worksheet);
      if (!input.success) invalid.push(`${where}: inputs ${show(input.error.issues)}`);
      const outputs = versionOutputsSchema.safeParse(row.outputs);
      if (!outputs.success || !sameJson(outputs.data, versionOutputsSchema.parse(outputsOf(snapshot.data)))) invalid.push(`${where}: not the engine's outputs for its snapshot`);
      if (previous !== null && row.kind !== 'restore' && sameJson(previous, snapshot.data)) invalid.push(`${where}: records no change`);
      previous = snapshot.data;
    }
    if (previous === null) invalid.push(`idea ${idea.id}: no history`);
    else if (!sameJson(previous, versionSnapshotSchema.parse(snapshotOf(idea)))) invalid.push(`idea ${idea.id}: the newest version is not the idea as stored`);
  }
  expect(versionRows.filter((row) => row.kind === 'ranges').length, 'versions saved by the ranges editor').toBeGreaterThan(50);
  expect(versionRows.filter((row) => row.kind === 'restore').length, 'versions saved by a restore').toBeGreaterThan(50);

  // Their weekly actuals, each a week the schema takes (a Monday, figures
  // within limits), and the import mappings each idea remembers: mappings
  // the schema reads, under their own key, no more than it keeps.
  const { weeks, mappings } = await withSql(async (sql) => ({
    weeks: (
      await sql.query(
        `SELECT w.idea_id, to_char(w.week_start, 'YYYY-MM-DD') AS "weekStart", w.visitors, w.sales, w.refunds, w.revenue::float8 AS revenue,
                w.refunded_amount::float8 AS "refundedAmount", w.fees::float8 AS fees, w.hours_spent::float8 AS "hoursSpent"
         FROM actual_weeks w JOIN ideas i ON i.id = w.idea_id WHERE i.owner_id = $1`,
        [user.id],
      )
    ).rows as { idea_id: string }[],
    mappings: (
      await sql.query<{ idea_id: string; columns_key: string; mapping: unknown }>(
        'SELECT m.idea_id, m.columns_key, m.mapping FROM actual_import_mappings m JOIN ideas i ON i.id = m.idea_id WHERE i.owner_id = $1',
        [user.id],
      )
    ).rows,
  }));
  for (const { idea_id, ...week } of weeks) if (!actualWeekSchema.safeParse(week).success) invalid.push(`week of ${idea_id}: ${show(week)}`);
  const mappingsPerIdea = new Map<string, number>();
  for (const row of mappings) {
    const mapping = columnMappingSchema.safeParse(row.mapping);
    if (!mapping.success || mappingKey(mapping.data) !== row.columns_key) invalid.push(`import mapping of ${row.idea_id}: ${show(row)}`);
    mappingsPerIdea.set(row.idea_id, (mappingsPerIdea.get(row.idea_id) ?? 0) + 1);
  }
  for (const [id, n] of mappingsPerIdea) if (n > REMEMBERED_MAPPINGS) invalid.push(`idea ${id} remembers ${n} import mappings`);
  expect(weeks.length, 'weeks logged').toBeGreaterThan(20);
  expect(mappings.length, 'import mappings remembered').toBeGreaterThan(0);

  // The checklist's recorded numbers: each item's as the recording schema outputs them, dated exactly when there are some.
  const numbers = await withSql(
    async (sql) =>
      (
        await sql.query(
          `SELECT c.idea_id AS "ideaId", c.item, c.test_kind, c.test_visitors, c.test_sign_ups, c.confirmed_price::float8 AS price,
                  c.confirmed_fee_rate::float8 AS "feeRate", c.confirmed_fee_per_transaction::float8 AS "feePerTransaction", c.numbers_recorded_at
           FROM checklist_items c JOIN ideas i ON i.id = c.idea_id WHERE i.owner_id = $1`,
          [user.id],
        )
      ).rows as Record<string, unknown>[],
  );
  let recorded = 0;
  for (const row of numbers) {
    const test = row.test_kind === null && row.test_visitors === null && row.test_sign_ups === null ? null : { kind: row.test_kind, visitors: row.test_visitors, signUps: row.test_sign_ups };
    const confirmed = row.price === null && row.feeRate === null && row.feePerTransaction === null ? null : { price: row.price, feeRate: row.feeRate, feePerTransaction: row.feePerTransaction };
    const some = test !== null || confirmed !== null;
    if (some) recorded++;
    const fits =
      (row.item === 5 ? confirmed === null : row.item === 1 ? test === null : !some) &&
      (!some || checklistNumbersSchema.safeParse({ ideaId: row.ideaId, item: row.item, test, confirmed }).success) &&
      some === (row.numbers_recorded_at !== null);
    if (!fits) invalid.push(`checklist numbers ${show(row)}`);
  }
  expect(recorded, 'checklist items with numbers').toBeGreaterThan(5);
  expect(invalid, 'stored rows that fail the schemas').toEqual([]);
  // The payloads reached the database with every worksheet field, the service package and the founder's hours included.
  const hybrids = ideas.filter((i) => i.servicePackageRate > 0 && i.servicePackagePrice > 0 && i.servicePackageHours > 0);
  expect(hybrids.length, 'stored hybrid ideas').toBeGreaterThan(50);
  expect(ideas.filter((i) => i.availableHoursPerMonth !== 40).length, 'stored ideas with their own available hours').toBeGreaterThan(50);
  expect(ideas.filter((i) => Object.keys(i.evidence ?? {}).length > 0).length, 'stored ideas with evidence marks').toBeGreaterThan(20);

  // Every idea a create answered with is the founder's own, and the other founder's rows are untouched.
  const owners = await withSql(
    async (sql) => (await sql.query<{ owner_id: string }>('SELECT DISTINCT owner_id FROM ideas WHERE id = ANY($1::uuid[])', [[...createdIds]])).rows,
  );
  expect(owners.map((o) => o.owner_id)).toEqual([user.id]);
  expect(await snapshotOwner(other.id), "the other founder's rows, byte for byte").toEqual(othersBefore);
});
