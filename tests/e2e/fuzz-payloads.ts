/**
 * fast-check arbitraries for every server action's input. Each field is
 * mostly plausible (so many payloads get past validation and reach
 * PostgreSQL) and sometimes hostile: boundary numbers, numbers no column can
 * hold, text with NUL or lone surrogates, oversize text, missing and unknown
 * fields, wrong types, and ids of the caller's ideas, someone else's, nobody's
 * and garbage.
 */
import fc from 'fast-check';
import { z } from 'zod';
import { idle } from '@/lib/actions/result';
import { BUILD_TEST_ANSWERS, BUILD_TESTS } from '@/lib/ideas/checklist';
import { EVIDENCE_FIELDS, isoDay, SOURCE_MAX, type EvidenceField } from '@/lib/ideas/evidence';
import { FIELDS, type FieldInfo } from '@/lib/ideas/fields';
import { PRODUCT_TYPES } from '@/lib/ideas/product-types';
import { ideaInputSchema, NAME_MAX, NOTE_MAX, TEXT_MAX } from '@/lib/ideas/schema';
import { PRICING_MODELS, stressProfileSchema, type StressKey } from '@/lib/underwrite/schema';

/** The ids a payload may carry, known before the run. */
export type IdPools = {
  /** The fuzzing user's ideas that stay (updated, stressed, ticked). */
  own: string[];
  /** The fuzzing user's ideas that the delete payloads may remove. */
  doomed: string[];
  /** Another user's ideas: every action on them must be refused. */
  others: string[];
  /** Create keys: a few reused on purpose, and the other user's. */
  reusedKeys: string[];
  othersKeys: string[];
};

/** Stands for "the version the idea has when the payload is sent", so some updates are not stale. */
export const CURRENT_VERSION = Symbol('current version');

const weighted = <T>(...arbitraries: [number, fc.Arbitrary<T>][]) =>
  fc.oneof(...arbitraries.map(([weight, arbitrary]) => ({ weight, arbitrary })));

/** Text meant to break things: control and invisible characters, markup, SQL, React's reference syntax. */
const NASTY = [
  '',
  ' ',
  '\t\n\r ',
  '\u00a0\u2003\u200b\ufeff',
  '\u0000',
  'a\u0000b',
  '\u0000'.repeat(30),
  '\ud800',
  'x\udfff',
  '🙂',
  '👩‍👩‍👧‍👦',
  '\u202eevil',
  'e\u0301',
  '<script>alert(1)</script>',
  "'; DROP TABLE ideas; --",
  "' OR '1'='1",
  '$K1',
  '$@0',
  '$Q1',
  '$undefined',
  '${constructor}',
  '__proto__',
  'constructor',
  'toString',
  '%00',
  '\\u0000',
];

const nastyText = fc.constantFrom(...NASTY);

/** Any text, weighted towards the kinds that caused trouble elsewhere. */
export const anyText: fc.Arbitrary<string> = weighted(
  [4, fc.string({ maxLength: 40 })],
  [2, fc.string({ unit: 'grapheme', maxLength: 30 })],
  [2, fc.string({ unit: 'binary', maxLength: 30 })],
  [1, fc.string({ unit: 'binary-ascii', maxLength: 30 })],
  [3, nastyText],
  [1, fc.tuple(nastyText, fc.string({ maxLength: 10 }), nastyText).map(([a, b, c]) => a + b + c)],
);

/** Text around and far beyond a length limit, sometimes padded so trimming brings it back under. */
const sizedText = (max: number) =>
  weighted<string>(
    [3, fc.integer({ min: max - 2, max: max + 2 }).map((n) => 'x'.repeat(n))],
    [1, fc.integer({ min: max + 1, max: max * 3 }).map((n) => 'é'.repeat(n))],
    [1, fc.integer({ min: Math.ceil(max / 2) - 1, max: max + 1 }).map((n) => '🙂'.repeat(n))], // 2 UTF-16 units each
    [1, fc.constant(`${' '.repeat(20)}${'y'.repeat(max)}${'\n'.repeat(20)}`)],
    [1, fc.constant(`${'\u0000'.repeat(max)}z`)],
  );

/** Plausible words for a name or a note. */
const words = (maxLength: number) => fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength });

export const noteText = weighted<string>([6, words(200)], [3, anyText], [2, sizedText(NOTE_MAX)]);

/** How founders type numbers: plain, with cents, "$1,299", padded, "5 %"-style. */
function typed(value: number, unit: FieldInfo['unit'] | 'fraction'): fc.Arbitrary<string> {
  const variants = [String(value), value.toFixed(2), ` ${value} `, `\t${value}\n`, value.toLocaleString('en-US', { maximumFractionDigits: 20 })];
  if (unit === 'money') variants.push(`$${value.toLocaleString('en-US')}`, `$ ${value}`);
  if (unit === 'percent') variants.push(`${value}%`, `${value} %`);
  return fc.constantFrom(...variants);
}

/** Numbers at and just past a range's ends, and a tiny step inside, as a founder could type them. */
const edges = (min: number, max: number, open = false) => [
  String(min),
  String(max),
  String(max + 0.01),
  String(max + 1e-9),
  String(min - 0.01),
  String(min - 1e-9),
  String(min + 1e-9),
  String(max - 1e-9),
  // Just inside an open bound: some closer than a NUMERIC(12,8) rate can tell apart from it
  // (-99.9999995 % is stored as -100 %), some just far enough.
  ...(open ? [String(min + 1e-10), String(min + 4e-9), String(min + 5e-7), String(min + 5.001e-7), String(min + 1e-6)] : []),
];

/** What no number column can hold, and things that only look like numbers. */
const JUNK_NUMBERS = [
  'NaN', 'Infinity', '-Infinity', '1e400', '-1e400', '1e308', '-1e308', '5e-324', '1e-400',
  '9'.repeat(400), '0.' + '0'.repeat(400) + '1', '0x10', '0b1', '1_000', '1,2,3', '1.2.3', '١٢٣', '１２', '12abc', '--1', '+-1',
  '1e', 'e5', '.', '-', '+', '$', '%', '$%', '$-5', '-$5', '5%%', '$$5', '∞', 'null', 'undefined', 'true', '[]', '{}',
  '-0', '+0', '0.0', '.5', '5.', '+3', '1E3', '1e-7', '00012', '9007199254740993', '2147483648', '-2147483649',
];

/** A field that is usually present, sometimes missing (undefined: not sent at all). */
const mostly = <T>(arbitrary: fc.Arbitrary<T>, missing = 1) => weighted<T | undefined>([30, arbitrary], [missing, fc.constant(undefined)]);

/**
 * A number schema's range, as [min, max, whether min itself is excluded],
 * read from the schema the app validates with (JSON Schema is zod's public
 * view of its bounds), so the payloads follow any change to the rules.
 */
function bounds(schema: z.ZodType): [number, number, boolean] {
  const json = z.toJSONSchema(schema) as { minimum?: number; exclusiveMinimum?: number; maximum?: number };
  const min = json.minimum ?? json.exclusiveMinimum;
  if (min === undefined || json.maximum === undefined) throw new Error(`No range in ${JSON.stringify(json)}`);
  return [min, json.maximum, json.minimum === undefined];
}

/** A worksheet number field's range, in the form's units (percent fields in %). */
function range(field: FieldInfo): [number, number, boolean] {
  const [min, max, open] = bounds(ideaInputSchema.shape[field.key]);
  return field.unit === 'percent' ? [min * 100, max * 100, open] : [min, max, open];
}

/** A number a founder could really type for the field, in one of the ways they type numbers. */
function validNumber(field: FieldInfo): fc.Arbitrary<string> {
  const [min, max, open] = range(field);
  if (field.unit === 'months') return fc.integer({ min, max }).chain((n) => typed(n, field.unit));
  const low = open ? min + 0.01 : min;
  return weighted<number>(
    [2, fc.integer({ min: Math.ceil(low), max })],
    [2, fc.integer({ min: Math.ceil(low * 100), max: max * 100 }).map((cents) => cents / 100)],
    [1, fc.double({ min: low, max, noNaN: true })],
  ).chain((n) => typed(n, field.unit));
}

/** Everything but a valid number: the range's edges (some valid), junk, any text. */
function hostileNumber(min: number, max: number, open: boolean, extra: string[] = []): fc.Arbitrary<string> {
  return weighted<string>([3, fc.constantFrom(...edges(min, max, open), ...extra)], [3, fc.constantFrom(...JUNK_NUMBERS)], [1, anyText]);
}

const NUMBER_KEYS = FIELDS.map((f) => f.key);

/** A worksheet that passes the schema, as the form would send it. */
const validWorksheet = fc.record({
  name: weighted<string>([3, words(60)], [1, fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }).filter((t) => t.trim() !== '')]),
  productType: fc.constantFrom(...PRODUCT_TYPES),
  problem: weighted<string>([3, words(300)], [1, fc.string({ unit: 'grapheme', maxLength: 100 })], [1, fc.constant('')]),
  audience: weighted<string>([3, words(300)], [1, fc.string({ unit: 'grapheme', maxLength: 100 })], [1, fc.constant('')]),
  pricingModel: fc.constantFrom(...PRICING_MODELS),
  ...Object.fromEntries(FIELDS.map((f) => [f.key, validNumber(f)])),
} as Record<string, fc.Arbitrary<string>>);

/** A hostile value for one worksheet field, or undefined: the field is not sent at all. */
function hostileWorksheetValue(key: string): fc.Arbitrary<string | undefined> {
  const field = FIELDS.find((f) => f.key === key);
  const value: fc.Arbitrary<string> = field
    ? hostileNumber(...range(field))
    : key === 'name'
      ? weighted<string>([2, anyText], [1, sizedText(NAME_MAX)], [1, sizedText(TEXT_MAX)])
      : key === 'problem' || key === 'audience'
        ? weighted<string>([1, anyText], [1, sizedText(TEXT_MAX)])
        : weighted<string>([2, anyText], [1, fc.constantFrom('Ebook', 'ebook ', 'software,course', 'ONE_TIME', 'one-time')]);
  return weighted<string | undefined>([6, value], [1, fc.constant(undefined)]);
}

/**
 * A worksheet as sent: a valid one with a few fields (none, one, two, or
 * many) made hostile. A fully random one would almost never be valid, and
 * valid payloads are the ones that reach PostgreSQL.
 */
const worksheetEntries: fc.Arbitrary<[string, string][]> = fc
  .tuple(
    validWorksheet,
    weighted<number>([2, fc.constant(0)], [5, fc.constant(1)], [4, fc.constant(2)], [3, fc.integer({ min: 3, max: 12 })]).chain((n) =>
      fc.uniqueArray(fc.constantFrom('name', 'productType', 'problem', 'audience', 'pricingModel', ...NUMBER_KEYS), { minLength: n, maxLength: n }),
    ),
  )
  .chain(([valid, keys]) =>
    fc.tuple(...keys.map((key) => hostileWorksheetValue(key).map((v) => [key, v] as const))).map((changes) => {
      const values: Record<string, string | undefined> = { ...valid, ...Object.fromEntries(changes) };
      return Object.entries(values).filter((entry): entry is [string, string] => entry[1] !== undefined);
    }),
  );

/** One input's evidence mark as the worksheet sends it: its kind, source, day measured and measured value (blank: the input's own). */
function evidenceMark(field: EvidenceField): fc.Arbitrary<[string, string][]> {
  const info = FIELDS.find((f) => f.key === field)!;
  return fc
    .tuple(
      weighted<string>([3, fc.constant('guessed')], [4, fc.constant('benchmark')], [5, fc.constant('measured')], [1, fc.constantFrom('MEASURED', '', 'estimated')], [1, anyText]),
      weighted<string>([8, words(60)], [1, sizedText(SOURCE_MAX)], [1, anyText], [1, fc.constant('')]),
      weighted<string>(
        [8, fc.integer({ min: 1, max: 400 }).map((days) => isoDay(new Date(), -days))],
        [1, fc.constantFrom('', '2026-02-30', '1999-12-31', '2999-01-01', '14/03/2026', isoDay(new Date(), 3))],
        [1, anyText],
      ),
      weighted<string>([4, fc.constant('')], [6, validNumber(info)], [1, hostileNumber(...range(info))]),
    )
    .map(([kind, source, day, value]) => [
      [`${field}Evidence`, kind],
      [`${field}Source`, source],
      [`${field}MeasuredOn`, day],
      [`${field}MeasuredValue`, value],
    ]);
}

/** Evidence marks on a few inputs, in a quarter of the worksheets (the rest keep the marks stored, and more of them are saved). */
const evidenceEntries = weighted<[string, string][]>(
  [3, fc.constant([])],
  [1, fc.uniqueArray(fc.constantFrom(...EVIDENCE_FIELDS), { minLength: 1, maxLength: 3 }).chain((fields) => fc.tuple(...fields.map(evidenceMark)).map((marks) => marks.flat()))],
);

const worksheetWithEvidence = fc.tuple(worksheetEntries, evidenceEntries).map(([fields, marks]) => [...fields, ...marks]);

/**
 * Names a browser never sends but an attacker may: ownership, ids,
 * versions, prototype keys. (Not control characters: a field name with one
 * makes Next.js's multipart parser answer 500 before any action runs.)
 */
const extraFields = fc.array(
  fc.tuple(
    weighted<string>(
      [3, fc.constantFrom('ownerId', 'owner_id', 'userId', 'version', 'id', 'createKey', 'createdAt', 'stressTrafficChange', '__proto__', 'constructor', '0', '$ACTION_ID_x')],
      [1, anyText.map((name) => name.replace(/[\u0000-\u001f\u007f]/g, ''))],
    ),
    anyText,
  ),
  { maxLength: 3 },
);

export type FormPayload = {
  /** Form fields in order; a field may repeat (the server reads the first). */
  entries: [string, string][];
  previousState: unknown;
};

/** The state the client sends back as the first argument: normally the last result, but anything can arrive. */
const previousState = weighted<unknown>(
  [12, fc.constant(idle)],
  [1, fc.anything({ maxDepth: 2, withBigInt: true, withDate: true })],
);

/** An idea id as a payload might carry it. */
export function ideaIdArb(ids: string[], pools: IdPools, hostile = true): fc.Arbitrary<string> {
  return weighted<string>(
    [10, fc.constantFrom(...ids)],
    [2, fc.constantFrom(...ids).map((id) => id.toUpperCase())],
    [3, fc.constantFrom(...pools.others)],
    [2, fc.uuid()],
    [1, fc.constantFrom('00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff')],
    [hostile ? 2 : 0, weighted<string>([1, anyText], [1, fc.constantFrom(...ids).map((id) => ` ${id} `)], [1, fc.constantFrom(...ids).map((id) => `${id}'--`)])],
  );
}

const withExtras = (entries: fc.Arbitrary<[string, string][]>) =>
  fc.tuple(entries, extraFields, previousState).map(([fields, extra, state]): FormPayload => ({ entries: [...fields, ...extra], previousState: state }));

export function createPayload(pools: IdPools): fc.Arbitrary<FormPayload> {
  const createKey = weighted<string | undefined>(
    [10, fc.uuid()],
    [3, fc.constantFrom(...pools.reusedKeys)],
    [2, fc.constantFrom(...pools.othersKeys)],
    [1, anyText],
    [2, fc.constant(undefined)],
  );
  return withExtras(
    fc.tuple(worksheetWithEvidence, createKey).map(([fields, key]) => (key === undefined ? fields : [...fields, ['createKey', key] as [string, string]])),
  );
}

export type UpdatePayload = FormPayload & { version: string | typeof CURRENT_VERSION | undefined };

export function updatePayload(pools: IdPools): fc.Arbitrary<UpdatePayload> {
  const version = weighted<string | typeof CURRENT_VERSION | undefined>(
    [8, fc.constant(CURRENT_VERSION)],
    [4, fc.integer({ min: 1, max: 40 }).map(String)],
    [2, fc.constantFrom('0', '-1', '1.5', '1e0', ' 2 ', '2147483647', '2147483648', '99999999999', '1e400', 'NaN', '', '0x1', '١')],
    [1, anyText],
    [1, fc.constant(undefined)],
  );
  return fc
    .tuple(withExtras(worksheetWithEvidence), mostly(ideaIdArb(pools.own, pools)), version)
    .map(([payload, id, v]) => ({ ...payload, entries: id === undefined ? payload.entries : [['id', id], ...payload.entries], version: v }));
}

const STRESS_RANGES = Object.fromEntries(
  Object.entries(stressProfileSchema.shape).map(([key, schema]) => [key, bounds(schema)]),
) as Record<StressKey, [number, number, boolean]>;

export function stressPayload(pools: IdPools): fc.Arbitrary<FormPayload> {
  const sliders = fc.record(
    Object.fromEntries(
      Object.entries(STRESS_RANGES).map(([key, [min, max]]) => [
        key,
        mostly(
          weighted<string>(
            [12, fc.double({ min, max, noNaN: true }).chain((n) => typed(n, 'fraction'))],
            [3, fc.constantFrom(...edges(min, max))],
            [1, fc.constantFrom(...JUNK_NUMBERS, '-40%', '50 %')],
            [1, anyText],
          ),
        ),
      ]),
    ) as Record<StressKey, fc.Arbitrary<string | undefined>>,
  );
  return withExtras(
    fc.tuple(mostly(ideaIdArb(pools.own, pools)), sliders).map(([id, values]) => [
      ...(id === undefined ? [] : [['id', id] as [string, string]]),
      ...Object.entries(values).filter((e): e is [string, string] => e[1] !== undefined),
    ]),
  );
}

export function deletePayload(pools: IdPools): fc.Arbitrary<FormPayload> {
  return withExtras(mostly(ideaIdArb(pools.doomed, pools)).map((id) => (id === undefined ? [] : [['id', id]])));
}

/** Values of the wrong type for any argument: what a hand-written request can put there. */
const wrongType = weighted<unknown>(
  [3, fc.constantFrom(null, undefined, true, false, 0, -0, 1, 2.5, NaN, Infinity, -Infinity, '', [], {}, [1], ['yes'], { toString: 'x' })],
  [2, fc.anything({ maxDepth: 2, withBigInt: true, withDate: true })],
  [1, fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n })],
  [1, fc.date({ noInvalidDate: false })],
);

const itemArb = weighted<unknown>(
  [12, fc.integer({ min: 1, max: 5 })],
  [2, fc.constantFrom(0, 6, -1, 1.5, 5.0000001, 2 ** 31, 2 ** 53 + 2, Number.MAX_VALUE, Number.MIN_VALUE, '1', '01', ' 2')],
  [1, wrongType],
);
const testKeyArb = weighted<unknown>(
  [12, fc.constantFrom(...BUILD_TESTS.map((t) => t.test))],
  [1, fc.constantFrom('PROVEN_DEMAND', 'proven_demand ', 'proven-demand', '__proto__', 'constructor', 'toString')],
  [1, wrongType],
);
const answerArb = weighted<unknown>(
  [12, fc.constantFrom(...BUILD_TEST_ANSWERS)],
  [1, fc.constantFrom('YES', 'maybe', 'true', 'unknown ', 'toString')],
  [1, wrongType],
);
const doneArb = weighted<unknown>([12, fc.boolean()], [1, fc.constantFrom('true', 'false', 1, 0, 'on')], [1, wrongType]);
const noteArb = weighted<unknown>([12, noteText], [1, wrongType]);

/**
 * The plain-object argument of a progress action: the known fields, each
 * sometimes missing or of the wrong type, plus unknown ones; or no object at all.
 */
function progressArgs(pools: IdPools, fields: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<unknown[]> {
  const idArb = weighted<unknown>([14, ideaIdArb(pools.own, pools)], [1, wrongType]);
  const input = fc
    .tuple(
      fc.record({ ideaId: mostly(idArb), ...Object.fromEntries(Object.entries(fields).map(([k, a]) => [k, mostly(a)])) }),
      fc.dictionary(weighted<string>([2, fc.constantFrom('ownerId', 'userId', 'doneAt', 'updatedAt', 'idea', 'where')], [1, anyText]), fc.jsonValue({ maxDepth: 2 }), {
        maxKeys: 2,
      }),
    )
    // Unknown keys first, so a known one is never overwritten by an unknown one of the same name.
    .map(([known, extra]) =>
      Object.fromEntries([...Object.entries(extra), ...Object.entries(known).filter(([, v]) => v !== undefined)]),
    );
  return weighted<unknown[]>(
    [20, input.map((i) => [i])],
    [1, wrongType.map((w) => [w])],
    [1, fc.constant([])],
    [1, fc.tuple(input, wrongType).map(([i, w]) => [i, w])],
  );
}

export const toggleArgs = (pools: IdPools) => progressArgs(pools, { item: itemArb, done: doneArb });
export const evidenceArgs = (pools: IdPools) => progressArgs(pools, { item: itemArb, evidence: noteArb });
export const answerArgs = (pools: IdPools) => progressArgs(pools, { test: testKeyArb, answer: answerArb });
export const noteArgs = (pools: IdPools) => progressArgs(pools, { test: testKeyArb, note: noteArb });

/**
 * One end of a range as a payload carries it: text as sent, or a place
 * around the idea's own value, which the fuzzer turns into text as the
 * payload leaves (the value moves as other payloads save the worksheet). A
 * `spread` of 0 is the value itself; 1 is a whole value away from it, on the
 * `side` given (above a value of 0, a whole unit), so a spread above 1
 * takes a positive value's low end below 0. `format` picks how the number
 * is written (fuzz.spec.ts).
 */
export type RangeEnd = string | { side: -1 | 1; spread: number; format: number };

export type RangesPayload = {
  id: string | undefined;
  version: string | typeof CURRENT_VERSION | undefined;
  /** `${field}Low` / `${field}High` and their ends. */
  ends: [string, RangeEnd][];
  extra: [string, string][];
  previousState: unknown;
};

/** A range end near the value: mostly inside the field's limits, sometimes just past them or the value. */
const aroundValue = (side: -1 | 1) =>
  fc.record({
    side: fc.constant(side),
    // fast-check's doubles crowd at their bounds (0 and the max), so most spreads are thousandths.
    spread: weighted<number>(
      [8, fc.integer({ min: 0, max: 900 }).map((n) => n / 1000)],
      [1, fc.double({ min: 0, max: 0.9, noNaN: true })],
      [2, fc.integer({ min: 900, max: 3000 }).map((n) => n / 1000)],
    ),
    // Mostly with cents: three decimals read as a thousands separator ("Did you mean 25433?").
    format: weighted<number>([4, fc.constant(1)], [2, fc.constant(0)], [1, fc.integer({ min: 2, max: 4 })]),
  });

/** What the worksheet's numbers cannot be, on a range's end: the generic hostile numbers, and fields' limits. */
const hostileEnd = hostileNumber(-1, 100, false, ['-100', '-99', '-99.99999999', '101', '1000000001', '1e12', '0', '']);

/**
 * The ranges editor's form: a few range fields (a new range, a changed one,
 * one cleared with two blanks, one with a single end), and sometimes
 * hostile ends, ids and versions.
 */
export function rangesPayload(pools: IdPools, fields: readonly string[]): fc.Arbitrary<RangesPayload> {
  const range = (field: string) =>
    weighted<[string, RangeEnd][]>(
      [24, fc.tuple(aroundValue(-1), aroundValue(1)).map(([low, high]) => [[`${field}Low`, low], [`${field}High`, high]])],
      [2, fc.constant([[`${field}Low`, ''], [`${field}High`, '']])],
      [2, fc.tuple(hostileEnd, aroundValue(1)).map(([low, high]) => [[`${field}Low`, low], [`${field}High`, high]])],
      [2, fc.tuple(aroundValue(-1), hostileEnd).map(([low, high]) => [[`${field}Low`, low], [`${field}High`, high]])],
      [1, fc.tuple(fc.constantFrom('Low', 'High'), aroundValue(1)).map(([end, value]) => [[`${field}${end}`, value]])],
      // High below low: the schema refuses it in words.
      [1, fc.tuple(aroundValue(1), aroundValue(-1)).map(([low, high]) => [[`${field}Low`, low], [`${field}High`, high]])],
    );
  // Mostly one or two ranges, as a founder tries them: every one of them must pass for the save to.
  const ends = weighted<number>([1, fc.constant(0)], [6, fc.constant(1)], [4, fc.constant(2)], [2, fc.integer({ min: 3, max: 6 })])
    .chain((n) => fc.uniqueArray(fc.constantFrom(...fields), { minLength: n, maxLength: n }))
    .chain((picked) => (picked.length === 0 ? fc.constant<[string, RangeEnd][]>([]) : fc.tuple(...picked.map(range)).map((parts) => parts.flat())));
  const version = weighted<string | typeof CURRENT_VERSION | undefined>(
    [12, fc.constant(CURRENT_VERSION)],
    [2, fc.integer({ min: 1, max: 40 }).map(String)],
    [2, fc.constantFrom('0', '-1', '1.5', ' 2 ', '2147483648', '1e400', 'NaN', '', '0x1')],
    [1, anyText],
    [1, fc.constant(undefined)],
  );
  return fc
    .tuple(mostly(ideaIdArb(pools.own, pools)), version, ends, extraFields, previousState)
    .map(([id, v, e, extra, state]) => ({ id, version: v, ends: e, extra, previousState: state }));
}

/** Stands for "the newest version the idea has when the payload is sent", as the history page would send it. */
export const LATEST_VERSION = Symbol('latest version');

export type RestorePayload = {
  id: string | undefined;
  /** A version: text as sent, or a share of the way from 1 to the newest, chosen as the payload leaves. */
  number: string | { share: number } | undefined;
  latest: string | typeof LATEST_VERSION | { offset: number } | undefined;
  extra: [string, string][];
  previousState: unknown;
};

const BAD_VERSION_NUMBERS = ['0', '-1', '1.5', '1e0', ' 2 ', '2147483647', '2147483648', '99999999999', '1e400', 'NaN', '', '0x1', '١', 'null', 'true'];

/** The history page's restore form: which version, and the newest the page showed (the guard). */
export function restorePayload(pools: IdPools): fc.Arbitrary<RestorePayload> {
  const number = weighted<RestorePayload['number']>(
    [12, fc.integer({ min: 0, max: 9999 }).map((n) => ({ share: n / 10_000 }))],
    [2, fc.integer({ min: 1, max: 60 }).map(String)],
    [2, fc.constantFrom(...BAD_VERSION_NUMBERS)],
    [1, anyText],
    [1, fc.constant(undefined)],
  );
  const latest = weighted<RestorePayload['latest']>(
    [12, fc.constant(LATEST_VERSION)],
    // A page older or newer than the history: refused as a conflict.
    [3, fc.constantFrom(-3, -2, -1, 1).map((offset) => ({ offset }))],
    [2, fc.constantFrom(...BAD_VERSION_NUMBERS)],
    [1, anyText],
    [1, fc.constant(undefined)],
  );
  return fc
    .tuple(mostly(ideaIdArb(pools.own, pools)), number, latest, extraFields, previousState)
    .map(([id, n, l, extra, state]) => ({ id, number: n, latest: l, extra, previousState: state }));
}

/** The Monday the actuals payloads' weeks start from: twelve weeks, so deletes often find the week a save or an import logged. */
const FIRST_WEEK = Date.UTC(2026, 5, 1);
const WEEK_DAYS = 12 * 7;
const dayText = (offset: number) => new Date(FIRST_WEEK + offset * 86_400_000).toISOString().slice(0, 10);

/** A date as the week form or a delete carries it: any day of the twelve weeks, or not a date a week can start on. */
const weekDay = (mondays: boolean) =>
  weighted<string>(
    [16, fc.integer({ min: 0, max: WEEK_DAYS - 1 }).map((day) => dayText(mondays ? day - (day % 7) : day))],
    [2, fc.integer({ min: 0, max: WEEK_DAYS - 1 }).map(dayText)],
    [
      1,
      fc.constantFrom('2026-02-30', '2026-9-7', ' 2026-09-07 ', '2026-09-07T00:00', '07/09/2026', '0000-01-03', '9999-12-27', '1969-12-29', '+022026-09-07', '2026-13-01', ''),
    ],
    [1, anyText],
  );

const WEEK_LIMITS = { visitors: 100_000_000, sales: 100_000_000, refunds: 100_000_000, revenue: 1e9, refundedAmount: 1e9, fees: 1e9, hoursSpent: 168 } as const;

/** A figure of a week as typed: a plausible number, blank (not logged), or not one the week may hold. */
const weekFigure = (key: keyof typeof WEEK_LIMITS) => {
  const max = WEEK_LIMITS[key];
  const whole = key === 'visitors' || key === 'sales' || key === 'refunds';
  return weighted<string>(
    // Seven figures to a week, so each is mostly one the week may hold, or a week would seldom be saved.
    [
      30,
      (whole ? fc.integer({ min: 0, max: 5000 }) : fc.integer({ min: 0, max: Math.min(max * 100, 500_000) }).map((c) => c / 100)).chain((n) =>
        typed(n, whole ? 'count' : key === 'hoursSpent' ? 'hours' : 'money'),
      ),
    ],
    [8, fc.constant('')],
    [1, fc.constantFrom(...edges(0, max), whole ? '1.5' : '0.001')],
    [1, fc.constantFrom(...JUNK_NUMBERS)],
    [1, anyText],
  );
};

/** The weekly actuals form: the idea, a day of the week, its figures (some blank), sometimes hostile. */
export function saveWeekPayload(pools: IdPools): fc.Arbitrary<FormPayload> {
  const figures = fc.record(
    Object.fromEntries((Object.keys(WEEK_LIMITS) as (keyof typeof WEEK_LIMITS)[]).map((key) => [key, mostly(weekFigure(key), 2)])) as Record<
      keyof typeof WEEK_LIMITS,
      fc.Arbitrary<string | undefined>
    >,
  );
  return withExtras(
    fc.tuple(mostly(ideaIdArb(pools.own, pools)), mostly(weekDay(false)), figures).map(([id, day, values]) => [
      ...(id === undefined ? [] : [['ideaId', id] as [string, string]]),
      ...(day === undefined ? [] : [['weekStart', day] as [string, string]]),
      ...Object.entries(values).filter((e): e is [string, string] => e[1] !== undefined),
    ]),
  );
}

/** A delete from the weeks table: { ideaId, weekStart }, mostly a Monday of the twelve weeks. */
export const deleteWeekArgs = (pools: IdPools) => progressArgs(pools, { weekStart: weighted<unknown>([14, weekDay(true)], [1, wrongType]) });

/** A CSV of totals (date, visitors, sales…) and the mapping of its columns, with some bad rows among the good. */
const totalsCsv = fc
  .tuple(
    fc.subarray(['visitors', 'sales', 'refunds', 'revenue', 'fees'], { minLength: 1 }),
    fc.array(
      fc.tuple(
        fc.integer({ min: 0, max: WEEK_DAYS - 1 }),
        weighted<string | null>([12, fc.constant(null)], [1, fc.constantFrom('2026-02-30', 'yesterday', '', '31/31/2026', '-5', 'x,y', '"unclosed')]),
        fc.array(weighted<string>([12, fc.integer({ min: 0, max: 900 }).map(String)], [1, fc.constantFrom('-3', '1.5', 'ten', '', '1e9', '"1,000"')]), {
          minLength: 5,
          maxLength: 5,
        }),
      ),
      { minLength: 1, maxLength: 40 },
    ),
  )
  .map(([columns, rows]) => ({
    text: [['date', ...columns].join(','), ...rows.map(([day, bad, values]) => [bad ?? dayText(day), ...values.slice(0, columns.length)].join(','))].join('\n'),
    mapping: { kind: 'totals', date: 'date', ...Object.fromEntries(columns.map((c) => [c, c])) } as Record<string, unknown>,
  }));

/** A payments export (one row per charge, Stripe's columns) and its mapping. */
const paymentsCsv = fc
  .array(
    fc.tuple(
      fc.integer({ min: 0, max: WEEK_DAYS - 1 }),
      weighted<string>([10, fc.integer({ min: 100, max: 20_000 }).map((c) => (c / 100).toFixed(2))], [1, fc.constantFrom('-29.00', 'twenty', '', '1e400')]),
      fc.constantFrom('Paid', 'Paid', 'Paid', 'Refunded', 'Failed', 'paid'),
      fc.nat(3),
    ),
    { minLength: 1, maxLength: 40 },
  )
  .map((rows) => ({
    text: [
      'id,Created (UTC),Amount,Amount Refunded,Currency,Fee,Status',
      ...rows.map(([day, amount, status, dup], i) => `ch_${dup === 0 ? 0 : i},${dayText(day)} 10:00,${amount},${status === 'Refunded' ? amount : '0.00'},usd,0.30,${status}`),
    ].join('\n'),
    mapping: {
      kind: 'payments',
      date: 'Created (UTC)',
      amount: 'Amount',
      id: 'id',
      status: 'Status',
      refundedAmount: 'Amount Refunded',
      fee: 'Fee',
      currency: 'Currency',
    } as Record<string, unknown>,
  }));

/** A mapping gone wrong: a column the file lacks, an unknown kind or key, both refund columns, or not JSON at all. */
const hostileMapping = weighted<string>(
  [3, fc.constantFrom('', '{}', 'null', '[]', '"totals"', '{"kind":"totals","date":"date"}', '{"kind":"totals","date":"nope","visitors":"visitors"}', '{"kind":"x"}', '{')],
  [
    2,
    fc.constantFrom(
      JSON.stringify({ kind: 'totals', date: 'date', visitors: 'visitors', ownerId: 'x' }),
      JSON.stringify({ kind: 'payments', date: 'Created (UTC)', amount: 'Amount', refundedAmount: 'Amount Refunded', refundedFlag: 'Status' }),
      JSON.stringify({ kind: 'totals', date: 'date', visitors: 'visitors', dateOrder: 'ymd' }),
      JSON.stringify({ kind: 'payments', date: 'Created (UTC)', amount: 'Amount', paidStatuses: [] }),
      '{"kind":"totals","date":" ","visitors":"visitors","__proto__":{"kind":"payments"}}',
      `{"kind":"totals","date":"date","visitors":"${'v'.repeat(8000)}"}`,
    ),
  ],
  [1, anyText],
);

/** A text no import takes: empty, blank, binary, or past the size an import may have. */
const hostileCsv = weighted<string>(
  [3, fc.constantFrom('', ' \n\t', 'date,visitors', 'date,visitors\n', '\u0000\u0000', '"a\n', 'date;visitors\n2026-06-01;5')],
  [2, anyText],
  [1, fc.constantFrom(760 * 1024, 380 * 1024).map((n) => `date,visitors\n${'2026-06-01,1\n'.repeat(Math.ceil(n / 13))}`)],
);

/** The import form: the idea, the file's name, its text and the confirmed mapping (JSON). */
export function importPayload(pools: IdPools): fc.Arbitrary<FormPayload> {
  const file = weighted<{ text: string; mapping: string }>(
    [10, fc.oneof(totalsCsv, paymentsCsv).map(({ text, mapping }) => ({ text, mapping: JSON.stringify(mapping) }))],
    [2, fc.oneof(totalsCsv, paymentsCsv).chain(({ text }) => hostileMapping.map((mapping) => ({ text, mapping })))],
    [2, fc.tuple(hostileCsv, fc.oneof(totalsCsv, paymentsCsv)).map(([text, { mapping }]) => ({ text, mapping: JSON.stringify(mapping) }))],
  );
  const name = weighted<string | undefined>([8, fc.constantFrom('export.csv', 'Pasted text', 'payments (3).csv')], [2, anyText], [1, sizedText(200)], [1, fc.constant(undefined)]);
  return withExtras(
    fc.tuple(mostly(ideaIdArb(pools.own, pools)), name, mostly(file)).map(([id, n, f]) => [
      ...(id === undefined ? [] : [['ideaId', id] as [string, string]]),
      ...(n === undefined ? [] : [['name', n] as [string, string]]),
      ...(f === undefined ? [] : ([['text', f.text], ['mapping', f.mapping]] as [string, string][])),
    ]),
  );
}

/** A figure the checklist's numbers form carries: typed as founders type, blank, or hostile. */
const numberText = (arbitrary: fc.Arbitrary<number>, unit: FieldInfo['unit'] | 'fraction') =>
  weighted<unknown>([20, arbitrary.chain((n) => typed(n, unit))], [3, fc.constant('')], [1, fc.constantFrom(...JUNK_NUMBERS, '-1', '101', '1.5')], [1, anyText], [1, wrongType]);

/**
 * The checklist's numbers panel: item 5's demand test (kind, visitors,
 * sign-ups) or item 1's confirmed price and fees, as text; all blank clears
 * them. Fields of the other item, other items and wrong types now and then.
 */
export function checklistNumbersArgs(pools: IdPools): fc.Arbitrary<unknown[]> {
  return progressArgs(pools, {
    item: weighted<unknown>([12, fc.constantFrom(1, 5)], [1, itemArb]),
    kind: weighted<unknown>([12, fc.constantFrom('presale', 'waitlist')], [1, fc.constantFrom('PRESALE', 'both', '')], [1, wrongType]),
    visitors: numberText(fc.integer({ min: 1, max: 5000 }), 'count'),
    signUps: numberText(fc.integer({ min: 0, max: 60 }), 'count'),
    price: numberText(fc.integer({ min: 0, max: 50_000 }).map((c) => c / 100), 'money'),
    feeRate: numberText(fc.integer({ min: 0, max: 2000 }).map((c) => c / 100), 'percent'),
    feePerTransaction: numberText(fc.integer({ min: 0, max: 500 }).map((c) => c / 100), 'money'),
  });
}

/** Applying an item's numbers: which item, and the worksheet version the page showed (mostly the current one). */
export function applyNumbersArgs(pools: IdPools): fc.Arbitrary<unknown[]> {
  return progressArgs(pools, {
    item: weighted<unknown>([12, fc.constantFrom(1, 5)], [1, itemArb]),
    version: weighted<unknown>([10, fc.constant(CURRENT_VERSION)], [2, fc.integer({ min: 1, max: 40 })], [1, fc.constantFrom(0, -1, 1.5, 2 ** 31, '3', NaN)], [1, wrongType]),
  });
}
