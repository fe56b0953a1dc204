/**
 * Server-action requests at the wire level, for the fuzzer: any form
 * entries (repeated, oddly named), any previous state, and any argument
 * values, encoded the way React's client encodes them (tests/e2e/actions.ts
 * covers the well-formed calls the app itself makes).
 */
import { actionId } from './actions';

/**
 * A value as React's reply encoder puts it in the JSON it posts: a string
 * starting with "$" gets a second "$" (else the server would read it as a
 * reference), and what JSON cannot say gets a "$" code. So these are values
 * a browser could really deliver to the action, however odd.
 */
export function encodeReplyValue(value: unknown): unknown {
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

export type WireResponse = {
  status: number;
  redirect: string | null;
  body: string;
  /** What the action returned, decoded from the RSC payload, or null if it returned nothing readable. */
  result: { ok: boolean; message: string | null } | null;
};

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
function parseResult(bytes: Buffer): WireResponse['result'] {
  const rows = rscRows(bytes);
  try {
    const root = JSON.parse(rows.get('0') ?? 'null') as { a?: unknown } | null;
    let value = root?.a;
    if (typeof value === 'string' && value.startsWith('$@')) value = JSON.parse(rows.get(value.slice(2)) ?? 'null');
    if (value && typeof value === 'object' && 'ok' in value) {
      const { ok, message } = value as { ok: unknown; message: unknown };
      if (typeof ok === 'boolean') return { ok, message: typeof message === 'string' ? message : null };
    }
  } catch {
    // Not a JSON row: an error row, which the caller sees as no result.
  }
  return null;
}

/**
 * A signed-in caller. Requests go out with Node's own fetch and the
 * session cookie rather than through Playwright's request context: the
 * same HTTP, without a hop through the Playwright driver process, which
 * on a 2-core machine costs a quarter of the fuzzer's throughput.
 */
export type Caller = { origin: string; cookie: string };

async function post(caller: Caller, path: string, name: string, body: FormData | string): Promise<WireResponse> {
  const response = await fetch(`${caller.origin}${path}`, {
    method: 'POST',
    headers: {
      cookie: caller.cookie,
      'next-action': actionId(name),
      accept: 'text/x-component',
      origin: caller.origin,
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
    result: parseResult(bytes),
  };
}

/**
 * A form action with these entries (in this order, repeats allowed) and
 * this previous state. fetch encodes the form as a browser does (quotes and
 * line breaks in names escaped).
 */
export function sendForm(caller: Caller, path: string, name: string, entries: [string, string][], previousState: unknown): Promise<WireResponse> {
  const form = new FormData();
  for (const [key, value] of entries) form.append(`_1_${key}`, value);
  // The root comes last, after the fields it refers to (see callFormAction).
  form.append('0', JSON.stringify([encodeReplyValue(previousState), '$K1']));
  return post(caller, path, name, form);
}

/** An action called with these arguments. */
export function sendArgs(caller: Caller, path: string, name: string, args: unknown[]): Promise<WireResponse> {
  return post(caller, path, name, JSON.stringify(encodeReplyValue(args)));
}
