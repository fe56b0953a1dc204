/**
 * Calls server actions over HTTP exactly as the browser does (captured from
 * Chromium): a POST to a page with the `Next-Action` header. An attacker
 * with a stolen or their own cookie can send the same requests, so the
 * authorization and fuzz tests use this, not the UI.
 *
 * - Form actions used with useActionState take (previousState, formData):
 *   multipart, the form's fields prefixed `_1_`, and field `0` holding
 *   `[previousState, "$K1"]` (a reference to those fields).
 * - Other actions take plain arguments: a JSON array as text/plain.
 *
 * Action ids come from the production build's server-reference manifest.
 */
import { readFileSync } from 'node:fs';
import type { APIRequestContext } from '@playwright/test';
import { idle } from '@/lib/actions/result';

type Manifest = { node: Record<string, { exportedName: string; filename: string }> };

let ids: Map<string, string> | undefined;

export function actionId(exportedName: string): string {
  ids ??= new Map(
    Object.entries((JSON.parse(readFileSync('.next/server/server-reference-manifest.json', 'utf8')) as Manifest).node).map(
      ([id, entry]) => [entry.exportedName, id],
    ),
  );
  const id = ids.get(exportedName);
  if (!id) throw new Error(`No server action named ${exportedName} in the build.`);
  return id;
}

export type ActionResponse = {
  status: number;
  /** Where the action redirected to, if it did (x-action-redirect). */
  redirect: string | null;
  body: string;
  /** The action's returned { ok, message, ... } when the body carries one. */
  result: { ok: boolean; message: string | null } | null;
};

function parseResult(body: string): ActionResponse['result'] {
  // The RSC payload carries the returned object as a JSON line; find it.
  const match = /\{"ok":(true|false),"message":("(?:[^"\\]|\\.)*"|null)/.exec(body);
  return match ? { ok: match[1] === 'true', message: JSON.parse(match[2]!) as string | null } : null;
}

async function send(
  request: APIRequestContext,
  baseURL: string,
  pagePath: string,
  name: string,
  init: { multipart?: FormData; data?: string },
): Promise<ActionResponse> {
  const response = await request.post(`${baseURL}${pagePath}`, {
    headers: {
      'next-action': actionId(name),
      accept: 'text/x-component',
      origin: baseURL,
      ...(init.data !== undefined ? { 'content-type': 'text/plain;charset=UTF-8' } : {}),
    },
    ...(init.multipart ? { multipart: init.multipart } : { data: init.data }),
    maxRedirects: 0,
    failOnStatusCode: false,
  });
  const body = await response.text();
  return { status: response.status(), redirect: response.headers()['x-action-redirect'] ?? null, body, result: parseResult(body) };
}

/** A useActionState form action, with these form fields. */
export function callFormAction(
  request: APIRequestContext,
  baseURL: string,
  pagePath: string,
  name: string,
  fields: Record<string, string>,
): Promise<ActionResponse> {
  // Order matters: the server decodes the stream as it arrives, so the root
  // `0` must come after the fields it references, as in the browser. (A
  // plain object would put the key '0' first.)
  const multipart = new FormData();
  for (const [key, value] of Object.entries(fields)) multipart.append(`_1_${key}`, value);
  multipart.append('0', JSON.stringify([idle, '$K1']));
  return send(request, baseURL, pagePath, name, { multipart });
}

/** An action called with plain arguments. */
export function callAction(
  request: APIRequestContext,
  baseURL: string,
  pagePath: string,
  name: string,
  args: unknown[],
): Promise<ActionResponse> {
  return send(request, baseURL, pagePath, name, { data: JSON.stringify(args) });
}
