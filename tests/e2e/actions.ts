/**
 * Calls server actions over HTTP exactly as the browser does (captured from
 * Chromium): a POST to the action's page with the `Next-Action` header. An
 * attacker with a stolen or their own cookie can send the same requests, so
 * the authorization, double-submit and fuzz tests use this, not the UI.
 *
 * - Form actions used with useActionState take (previousState, formData):
 *   multipart, the form's fields prefixed `_1_`, and field `0` holding
 *   `[previousState, "$K1"]` (a reference to those fields).
 * - Other actions take plain arguments: a JSON array as text/plain.
 *
 * Values are encoded the way React's client encodes them, so even the
 * fuzzer's odd ones are values a browser could really deliver. Action ids
 * come from the production build's server-reference manifest.
 */
import { readFileSync } from 'node:fs';
import { idle } from '@/lib/actions/result';

type Manifest = { node: Record<string, { exportedName: string; filename: string }> };

let ids: Map<string, string> | undefined;

function actionId(exportedName: string): string {
  ids ??= new Map(
    Object.entries((JSON.parse(readFileSync('.next/server/server-reference-manifest.json', 'utf8')) as Manifest).node).map(
      ([id, entry]) => [entry.exportedName, id],
    ),
  );
  const id = ids.get(exportedName);
  if (!id) throw new Error(`No server action named ${exportedName} in the build.`);
  return id;
}

/**
 * Who calls: the app's origin and the session cookie to send (empty for
 * nobody). Requests go out with Node's own fetch rather than through
 * Playwright's request context: the same HTTP, without a hop through the
 * Playwright driver process, which on a 2-core machine costs a quarter of
 * the fuzzer's throughput.
 */
export type Caller = { origin: string; cookie: string };

/** The caller whose cookies a browser context or request context holds. */
export async function callerOf(
  origin: string,
  cookies: { storageState(): Promise<{ cookies: { name: string; value: string }[] }> },
): Promise<Caller> {
  const { cookies: jar } = await cookies.storageState();
  return { origin, cookie: jar.map((c) => `${c.name}=${c.value}`).join('; ') };
}

export type ActionResponse = {
  status: number;
  /** Where the action redirected to, if it did (x-action-redirect). */
  redirect: string | null;
  body: string;
  /** What the action returned ({ ok, message, ... }), or null if the body carries nothing readable. */
  result: { ok: boolean; message: string | null } | null;
  /** The returned field errors by field ({} when there are none or nothing readable came back). */
  fieldErrors: Record<string, string[]>;
};

/**
 * A value as React's reply encoder puts it in the JSON it posts: a string
 * starting with "$" gets a second "$" (else the server would read it as a
 * reference), and what JSON cannot say gets a "$" code.
 */
function encodeReplyValue(value: unknown): unknown {
  if (typeof value === 'string') return value.startsWith('$') ? `$${value}` : value;
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return '$NaN';
    if (value === Infinity) return '$Infinity';
    if (value === -Infinity) return '$-Infinity';
    if (Object.is(value, -0)) return '$-0';
    return value;
  }
  if (value === undefined) return '$undefined';
  if (typeof value === 'bigint') return `$n${value}`;
  if (value instanceof Date) return `$D${Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toJSON()}`;
  if (Array.isArray(value)) return value.map(encodeReplyValue);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encodeReplyValue(v)]));
  }
  return value;
}

/**
 * The rows of an RSC payload by id. Most rows end at a line break, but a
 * long string is a text row, `id:T<hex byte length>,<text>`, with no line
 * break after it; so this reads the payload as bytes.
 */
function rscRows(bytes: Buffer): Map<string, string> {
  const rows = new Map<string, string>();
  let at = 0;
  while (at < bytes.length) {
    const colon = bytes.indexOf(0x3a, at);
    if (colon < 0) break;
    const id = bytes.toString('latin1', at, colon);
    if (bytes[colon + 1] === 0x54 /* T */) {
      const comma = bytes.indexOf(0x2c, colon);
      const end = comma + 1 + parseInt(bytes.toString('latin1', colon + 2, comma), 16);
      rows.set(id, bytes.toString('utf8', comma + 1, end));
      at = end;
    } else {
      const newline = bytes.indexOf(0x0a, colon);
      const end = newline < 0 ? bytes.length : newline;
      rows.set(id, bytes.toString('utf8', colon + 1, end));
      at = end + 1;
    }
  }
  return rows;
}

/** Row 0 of an action's answer names the returned value (`"a"`), inline or as a reference to another row. */
function parseResult(bytes: Buffer): Pick<ActionResponse, 'result' | 'fieldErrors'> {
  const rows = rscRows(bytes);
  try {
    const root = JSON.parse(rows.get('0') ?? 'null') as { a?: unknown } | null;
    let value = root?.a;
    if (typeof value === 'string' && value.startsWith('$@')) value = JSON.parse(rows.get(value.slice(2)) ?? 'null');
    if (value && typeof value === 'object' && 'ok' in value) {
      const { ok, message, fieldErrors } = value as { ok: unknown; message: unknown; fieldErrors?: unknown };
      if (typeof ok === 'boolean') {
        return {
          result: { ok, message: typeof message === 'string' ? message : null },
          fieldErrors: fieldErrors && typeof fieldErrors === 'object' ? (fieldErrors as Record<string, string[]>) : {},
        };
      }
    }
  } catch {
    // Not a JSON row: an error row, which the caller sees as no result.
  }
  return { result: null, fieldErrors: {} };
}

/** The headers a browser sends with a call to action `name` (the load tests send them too). */
export function actionHeaders(caller: Caller, name: string): Record<string, string> {
  return {
    ...(caller.cookie ? { cookie: caller.cookie } : {}),
    'next-action': actionId(name),
    accept: 'text/x-component',
    origin: caller.origin,
  };
}

async function post(caller: Caller, path: string, name: string, body: FormData | string): Promise<ActionResponse> {
  const response = await fetch(`${caller.origin}${path}`, {
    method: 'POST',
    headers: {
      ...actionHeaders(caller, name),
      ...(typeof body === 'string' ? { 'content-type': 'text/plain;charset=UTF-8' } : {}),
    },
    body,
    redirect: 'manual',
  });
  const bytes = Buffer.from(await response.arrayBuffer());
  return {
    status: response.status,
    redirect: response.headers.get('x-action-redirect'),
    body: bytes.toString('utf8'),
    ...parseResult(bytes),
  };
}

/**
 * A useActionState form action with these fields: a record, or entries in
 * order with repeats allowed (the server reads the first). fetch encodes the
 * form as a browser does (quotes and line breaks in names escaped).
 */
export function callFormAction(
  caller: Caller,
  path: string,
  name: string,
  fields: Record<string, string> | [string, string][],
  previousState: unknown = idle,
): Promise<ActionResponse> {
  const form = new FormData();
  for (const [key, value] of Array.isArray(fields) ? fields : Object.entries(fields)) form.append(`_1_${key}`, value);
  // Order matters: the server decodes the stream as it arrives, so the root
  // `0` must come after the fields it references, as in the browser. (A
  // plain object would put the key '0' first.)
  form.append('0', JSON.stringify([encodeReplyValue(previousState), '$K1']));
  return post(caller, path, name, form);
}

/** An action called with plain arguments. */
export function callAction(caller: Caller, path: string, name: string, args: unknown[]): Promise<ActionResponse> {
  return post(caller, path, name, JSON.stringify(encodeReplyValue(args)));
}
