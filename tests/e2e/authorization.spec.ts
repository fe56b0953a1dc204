/**
 * Two founders, A and B. B (or someone with no session at all) tries every
 * page and every server action on A's idea, the way an attacker would: over
 * plain HTTP with their own cookie, not only through the UI, with A's id in
 * the URL and inside the payloads. Each attempt must look exactly like a
 * missing idea, and A's rows must not change by a single byte. A then does
 * the same calls on her own idea and they work, so a suite that passes is
 * not merely an app that refuses everything.
 */
import { randomUUID } from 'node:crypto';
import type { BrowserContext } from '@playwright/test';
import { callAction, callerOf, callFormAction, type ActionResponse, type Caller } from './actions';
import { ideaRowsNamed, snapshotIdea, snapshotOwner, withSql } from './db-rows';
import { notFoundFingerprint } from './page-checks';
import { accountRows, ideaIdsOf } from '../support/owned-rows';
import { expect, readIdea, signUp, test, uniqueName, type TestUser } from './support';
import { EMAIL_MISMATCH_MESSAGE } from '@/lib/account/schema';
import { IDEA_GONE_MESSAGE, PROGRESS_GONE_MESSAGE, SHARE_LINK_GONE_MESSAGE, WEEK_GONE_MESSAGE } from '@/lib/actions/result';
import { importActualWeeks } from '@/lib/ideas/actuals';
import { createIdea } from '@/lib/ideas/data';
import { exampleIdea } from '@/lib/ideas/examples';
import type { Idea } from '@/lib/ideas/schema';
import { whatIfName } from '@/lib/ideas/what-if';
import { DEMO_IDEAS } from '@/scripts/demo/ideas';
import { toFormValues } from '@/lib/results/form-values';
import { answerBuildTest, saveBuildTestNote, saveChecklistEvidence, setChecklistItemDone } from '@/lib/ideas/progress';
import { createShareLink } from '@/lib/share/links';

/** A's idea, with a create key, ticks, notes, answers and a share link, so any write by B would show in the rows. */
async function seedSecretIdea(owner: TestUser): Promise<{ idea: Idea; createKey: string; linkId: string }> {
  const createKey = randomUUID();
  const name = uniqueName('Secret plan of A');
  const idea = await createIdea(owner.id, { ...DEMO_IDEAS[0]!.input, name, problem: `${name}: the problem` }, { createKey });
  await setChecklistItemDone(owner.id, { ideaId: idea.id, item: 1, done: true });
  await saveChecklistEvidence(owner.id, { ideaId: idea.id, item: 1, evidence: 'Ten interviews, all said yes.' });
  await answerBuildTest(owner.id, { ideaId: idea.id, test: 'proven_demand', answer: 'yes' });
  await saveBuildTestNote(owner.id, { ideaId: idea.id, test: 'low_upkeep', note: 'Updated twice a year.' });
  const week = { weekStart: '2026-09-07', visitors: 700, sales: 5, refunds: 0, revenue: 145, refundedAmount: 0, fees: 5.7, hoursSpent: 3 };
  await importActualWeeks(owner.id, idea.id, [week], ACTUALS_MAPPING);
  const { link } = (await createShareLink(owner.id, idea.id, 'For my advisor'))!;
  return { idea, createKey, linkId: link.id };
}

type Call = { action: string; send: (caller: Caller) => Promise<ActionResponse> };

const ACTUALS_MAPPING = { kind: 'totals', date: 'date', visitors: 'visitors', moneyUnit: 'major', decimalComma: false } as const;

/**
 * All fifteen server actions aimed at idea `id`, as the browser would send
 * them, plus what an attacker would add: A's owner id, A's create key and
 * A's id in every place an id can go. The same list serves the attacker,
 * the anonymous visitor and the owner.
 */
function callsOn(id: string, options: { version: number; ownerId: string; createKey: string; name: string; linkId: string }): Call[] {
  const worksheet = toFormValues({ ...DEMO_IDEAS[1]!.input, name: options.name });
  const extra = { ownerId: options.ownerId, owner_id: options.ownerId };
  const form = (action: string, page: string, fields: Record<string, string>): Call => ({
    action,
    send: (caller) => callFormAction(caller, page, action, { ...fields, ...extra }),
  });
  const plain = (action: string, arg: Record<string, unknown>): Call => ({
    action,
    send: (caller) => callAction(caller, `/ideas/${id}`, action, [{ ...arg, ...extra }]),
  });
  return [
    // The ranges save comes first and raises the version, which the worksheet's save then carries.
    form('saveRangesAction', `/ideas/${id}`, { id, version: String(options.version), conversionRateLow: '1', conversionRateHigh: '4' }),
    form('updateIdeaAction', `/ideas/${id}/edit`, { ...worksheet, id, version: String(options.version + 1) }),
    form('saveStressProfileAction', `/ideas/${id}`, {
      id,
      trafficChange: '-0.9',
      conversionChange: '-0.9',
      refundRateAdd: '0.5',
      supportChange: '4',
      churnRateAdd: '0.5',
      upkeepChange: '4',
    }),
    plain('toggleChecklistItemAction', { ideaId: id, item: 1, done: false }),
    plain('toggleChecklistItemAction', { ideaId: id, item: 2, done: true }),
    plain('saveChecklistEvidenceAction', { ideaId: id, item: 1, evidence: 'overwritten' }),
    plain('answerBuildTestAction', { ideaId: id, test: 'proven_demand', answer: 'no' }),
    plain('saveBuildTestNoteAction', { ideaId: id, test: 'low_upkeep', note: 'overwritten' }),
    // Back to the first version; the three saves above each added one to the history.
    form('restoreVersionAction', `/ideas/${id}/history`, { id, number: '1', latest: String(options.version + 3) }),
    form('saveActualWeekAction', `/ideas/${id}/actuals`, { ideaId: id, weekStart: '2026-09-07', visitors: '1', sales: '99', hoursSpent: '100' }),
    form('importActualsAction', `/ideas/${id}/actuals`, {
      ideaId: id,
      name: 'overwrite.csv',
      text: 'date,visitors\n2026-09-07,5\n2026-09-14,6\n',
      mapping: JSON.stringify(ACTUALS_MAPPING),
    }),
    plain('deleteActualWeekAction', { ideaId: id, weekStart: '2026-09-07' }),
    form('createShareLinkAction', `/ideas/${id}/share`, { ideaId: id, label: 'Made by someone else' }),
    form('revokeShareLinkAction', `/ideas/${id}/share`, { ideaId: id, linkId: options.linkId }),
    // Last: if it worked, nothing after it would have a row to change.
    form('deleteIdeaAction', `/ideas/${id}`, { id }),
  ];
}

/** The create form, carrying A's create key and ids: it may only ever make the caller's own idea. */
const createWith = (fields: { name: string; createKey: string; id: string; ownerId: string }): Call => ({
  action: 'createIdeaAction',
  send: (caller) =>
    callFormAction(caller, '/ideas/new', 'createIdeaAction', {
      ...toFormValues({ ...DEMO_IDEAS[2]!.input, name: fields.name }),
      createKey: fields.createKey,
      id: fields.id,
      ownerId: fields.ownerId,
    }),
});

/**
 * "Duplicate as a what-if" of idea `id`, with a create key (A's own, when an
 * attacker has it) and A's owner id: it may only ever copy the caller's own idea.
 */
const duplicateWith = (id: string, fields: { createKey: string; ownerId: string }): Call => ({
  action: 'duplicateIdeaAction',
  send: (caller) => callFormAction(caller, `/ideas/${id}`, 'duplicateIdeaAction', { id, ...fields, owner_id: fields.ownerId }),
});

/** An answer that is neither a server error nor an error digest (an exception that escaped the action). */
function expectHandled(response: ActionResponse, label: string) {
  expect(response.status, `${label}: ${response.body.slice(0, 300)}`).toBeLessThan(500);
  expect(response.body, label).not.toContain('"digest"');
}

function expectRefused(response: ActionResponse, label: string) {
  expectHandled(response, label);
  expect(response.redirect, label).toBeNull();
  expect(response.result, label).toMatchObject({ ok: false });
  expect([IDEA_GONE_MESSAGE, PROGRESS_GONE_MESSAGE, WEEK_GONE_MESSAGE, SHARE_LINK_GONE_MESSAGE], label).toContain(response.result!.message);
}

/**
 * A is the signed-in `user` on `page`, with her secret idea; B has a
 * browser context of his own, signed in through the real endpoint.
 */
const it = test.extend<{ a: TestUser; secret: { idea: Idea; createKey: string; linkId: string }; b: { user: TestUser; context: BrowserContext } }>({
  a: async ({ user }, use) => use(user),
  secret: async ({ a, page }, use) => {
    const secret = await seedSecretIdea(a);
    // A sees her idea: what B fails to see below is really there.
    const own = await page.request.get(`/ideas/${secret.idea.id}`);
    expect(own.status()).toBe(200);
    expect(await own.text()).toContain(secret.idea.name);
    await use(secret);
  },
  b: async ({ browser, baseURL }, use) => {
    const context = await browser.newContext();
    await use({ user: await signUp(context.request, baseURL!), context });
    await context.close();
  },
});

it("B gets the same 404 for A's idea as for a missing one, and never sees it listed", async ({ secret, b, page, baseURL }) => {
  // Three pages (the idea, its edit form, its history) by three ids, then in B's browser: slow on a busy machine.
  it.setTimeout(90_000);
  const missing = randomUUID();
  const malformed = 'not-an-idea-id';
  for (const suffix of ['', '/edit', '/history', '/actuals', '/report', '/share']) {
    const fingerprints = [];
    for (const id of [secret.idea.id, missing, malformed]) {
      const response = await b.context.request.get(`${baseURL}/ideas/${id}${suffix}`);
      const html = await response.text();
      expect(response.status(), `/ideas/${id}${suffix}`).toBe(404);
      expect(html).toContain('Idea not found');
      expect(html).not.toContain(secret.idea.name);
      fingerprints.push(notFoundFingerprint(html, id));
    }
    expect(fingerprints[0], `A's idea vs a missing id at /ideas/<id>${suffix}`).toEqual(fingerprints[1]);
    expect(fingerprints[0], `A's idea vs a malformed id at /ideas/<id>${suffix}`).toEqual(fingerprints[2]);
  }
  // The months CSV is a file, not a page: one bare 404 for A's idea, a missing and a malformed id; A herself gets the file.
  for (const id of [secret.idea.id, missing, malformed]) {
    const response = await b.context.request.get(`${baseURL}/ideas/${id}/months.csv`);
    expect(response.status(), `/ideas/${id}/months.csv`).toBe(404);
    expect(await response.text()).toBe('Not found.');
  }
  expect((await page.request.get(`${baseURL}/ideas/${secret.idea.id}/months.csv`)).status()).toBe(200);

  // In B's browser too: the not-found page, A's name nowhere, not even in the title.
  const bPage = await b.context.newPage();
  for (const path of ['', '/edit', '/history', '/actuals', '/report', '/share'].map((suffix) => `/ideas/${secret.idea.id}${suffix}`)) {
    const response = await bPage.goto(path);
    expect(response?.status()).toBe(404);
    await expect(bPage.getByRole('heading', { name: 'Idea not found' })).toBeVisible();
    expect(await bPage.content()).not.toContain(secret.idea.name);
  }
  // Compare: A's idea is left out like an id of nothing, in the same words and the same page.
  const compared = [];
  const nobody = randomUUID();
  for (const id of [secret.idea.id, missing]) {
    const response = await b.context.request.get(`${baseURL}/compare?ids=${id},${nobody}`);
    const html = await response.text();
    expect(response.status(), `/compare with ${id}`).toBe(200);
    expect(html).toContain('2 ideas could not be shown: they do not exist or are not yours.');
    expect(html).not.toContain(secret.idea.name);
    compared.push(notFoundFingerprint(html, id));
  }
  expect(compared[0], "/compare with A's idea vs a missing id").toEqual(compared[1]);

  await bPage.goto('/');
  await expect(bPage.getByRole('heading', { name: 'Your ideas' })).toBeVisible();
  expect(await bPage.content()).not.toContain(secret.idea.name);
  expect(await bPage.content()).not.toContain(secret.idea.id);
});

it("B's direct HTTP calls of every action on A's idea are refused and change nothing", async ({ a, b, secret, page, baseURL }) => {
  // Ten actions on five ids, then A's own: over a minute on a busy 2-core machine.
  it.setTimeout(90_000);
  const before = await snapshotIdea(secret.idea.id);
  const aBefore = await snapshotOwner(a.id);
  const asB = await callerOf(baseURL!, b.context);
  const asA = await callerOf(baseURL!, page.context());
  const options = { version: secret.idea.version, ownerId: a.id, createKey: secret.createKey, name: uniqueName('B overwrote'), linkId: secret.linkId };
  // A's id as it is, in capitals (PostgreSQL compares uuids case-blind), and ids of nothing at all.
  const targets = [secret.idea.id, secret.idea.id.toUpperCase(), randomUUID(), 'not-an-id', `${secret.idea.id}' OR '1'='1`];
  for (const id of targets) {
    for (const call of [...callsOn(id, options), duplicateWith(id, { createKey: secret.createKey, ownerId: a.id })]) {
      expectRefused(await call.send(asB), `B: ${call.action} on ${id}`);
    }
  }
  // A's link named from an idea of B's own: still not his to revoke.
  const bIdea = await createIdea(b.user.id, { ...DEMO_IDEAS[0]!.input, name: uniqueName('B owns this') });
  const revokeFromOwn = await callFormAction(asB, `/ideas/${bIdea.id}/share`, 'revokeShareLinkAction', { ideaId: bIdea.id, linkId: secret.linkId });
  expectRefused(revokeFromOwn, "B: revokeShareLinkAction on A's link through his own idea");
  expect(await snapshotIdea(secret.idea.id), "A's rows, byte for byte").toEqual(before);
  expect(await snapshotOwner(a.id), "all of A's rows").toEqual(aBefore);
  expect(await ideaRowsNamed(options.name)).toEqual([]);
  expect(await ideaRowsNamed(whatIfName(secret.idea.name)), 'no copy of A’s idea, for anyone').toEqual([]);

  // B's create with A's create key and ids makes B's own, new idea: never
  // hands back A's (the key is unique per owner, not globally).
  const name = uniqueName('B made this');
  const created = await createWith({ name, createKey: secret.createKey, id: secret.idea.id, ownerId: a.id }).send(asB);
  expectHandled(created, 'B: createIdeaAction');
  const rows = await ideaRowsNamed(name);
  expect(rows).toEqual([{ id: expect.any(String), owner_id: b.user.id }]);
  expect(created.redirect).toBe(`/ideas/${rows[0]!.id};push`);
  expect(await snapshotOwner(a.id), "all of A's rows").toEqual(aBefore);

  // The control: the same calls from A work. Her create with her own key is
  // a retry, answered with her idea; her other calls each change it.
  const retried = await createWith({ name: uniqueName('A retried'), createKey: secret.createKey, id: secret.idea.id, ownerId: a.id }).send(asA);
  expect(retried.redirect).toBe(`/ideas/${secret.idea.id};push`);
  // Her duplicate makes her copy (and leaves the original as it was).
  const original = await snapshotIdea(secret.idea.id);
  const copied = await duplicateWith(secret.idea.id, { createKey: randomUUID(), ownerId: a.id }).send(asA);
  expectHandled(copied, 'A: duplicateIdeaAction');
  const copies = await ideaRowsNamed(whatIfName(secret.idea.name));
  expect(copies).toEqual([{ id: expect.any(String), owner_id: a.id }]);
  expect(copied.redirect).toBe(`/ideas/${copies[0]!.id}/edit;push`);
  expect(await snapshotIdea(secret.idea.id)).toEqual(original);
  const ownName = uniqueName('A renamed');
  for (const call of callsOn(secret.idea.id, { ...options, name: ownName })) {
    const snapshot = await snapshotIdea(secret.idea.id);
    const response = await call.send(asA);
    expectHandled(response, `A: ${call.action}`);
    expect(response.redirect ?? response.result?.ok, `A: ${call.action} ${response.result?.message}`).toBeTruthy();
    expect(await snapshotIdea(secret.idea.id), `A: ${call.action} wrote`).not.toEqual(snapshot);
    if (call.action === 'updateIdeaAction') {
      // The worksheet B could not write is a hybrid: A's own save stores all of it, the service package and hours too.
      const { servicePackageRate, servicePackagePrice, servicePackageHours, availableHoursPerMonth } = DEMO_IDEAS[1]!.input;
      expect(servicePackageRate).toBeGreaterThan(0);
      expect(await readIdea(a.id, secret.idea.id)).toMatchObject({ servicePackageRate, servicePackagePrice, servicePackageHours, availableHoursPerMonth });
    }
  }
  expect(await snapshotIdea(secret.idea.id), 'deleted by A').toEqual([]);
});

it('without a session, pages go to sign-in and actions redirect there, changing nothing', async ({ a, secret, playwright, baseURL }) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  try {
    for (const path of [
      `/ideas/${secret.idea.id}`,
      `/ideas/${secret.idea.id}/edit`,
      `/ideas/${secret.idea.id}/history`,
      `/ideas/${secret.idea.id}/actuals`,
      `/ideas/${secret.idea.id}/report`,
      `/ideas/${secret.idea.id}/share`,
      `/ideas/${randomUUID()}`,
      '/ideas/new',
      '/account',
      '/account/export',
    ]) {
      const response = await anonymous.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(307);
      expect(response.headers()['location'], path).toMatch(/^\/sign-in(\?|$)/);
    }
    // A download has no page to return to after signing in: the months CSV answers the bare 404 anyone else gets.
    const csv = await anonymous.get(`/ideas/${secret.idea.id}/months.csv`, { maxRedirects: 0 });
    expect(csv.status()).toBe(404);
    expect(await csv.text()).toBe('Not found.');
    // Compare sends a visitor to sign in, and back to the same comparison after.
    const compare = `/compare?ids=${secret.idea.id},${randomUUID()}`;
    const redirected = await anonymous.get(compare, { maxRedirects: 0 });
    expect(redirected.status()).toBe(307);
    expect(redirected.headers()['location']).toBe(`/sign-in?next=${encodeURIComponent(compare)}`);
    expect(await redirected.text()).not.toContain(secret.idea.name);
    const landing = await anonymous.get('/');
    expect(landing.status()).toBe(200);
    expect(await landing.text()).not.toContain(secret.idea.name);

    const before = await snapshotOwner(a.id);
    const options = { version: secret.idea.version, ownerId: a.id, createKey: secret.createKey, name: uniqueName('Anonymous overwrote'), linkId: secret.linkId };
    const createName = uniqueName('Anonymous made this');
    const example: Call = {
      action: 'createExampleIdeaAction',
      send: (caller) => callFormAction(caller, '/', 'createExampleIdeaAction', { productType: 'licensing', createKey: secret.createKey, ownerId: a.id }),
    };
    const calls = [
      ...callsOn(secret.idea.id, options),
      createWith({ name: createName, createKey: randomUUID(), id: secret.idea.id, ownerId: a.id }),
      duplicateWith(secret.idea.id, { createKey: secret.createKey, ownerId: a.id }),
      example,
    ];
    for (const call of calls) {
      const response = await call.send(await callerOf(baseURL!, anonymous));
      expectHandled(response, `anonymous: ${call.action}`);
      expect(response.redirect, `anonymous: ${call.action} answered ${response.result?.message}`).toMatch(/^\/sign-in[;?]/);
    }
    expect(await snapshotOwner(a.id), "all of A's rows").toEqual(before);
    expect(await ideaRowsNamed(options.name)).toEqual([]);
    expect(await ideaRowsNamed(exampleIdea('licensing').name)).toEqual([]);
    expect(await ideaRowsNamed(createName)).toEqual([]);
    expect(await ideaRowsNamed(whatIfName(secret.idea.name))).toEqual([]);
  } finally {
    await anonymous.dispose();
  }
});

/** Every row of A's account, in every table (tests/support/owned-rows.ts). */
const allRowsOf = (user: TestUser) => withSql(async (sql) => accountRows(sql, { ...user, ideaIds: await ideaIdsOf(sql, user.id) }));

/** The account actions as an attacker would send them: A's email to delete with, A's ids wherever an id could go. */
const accountCalls = (a: TestUser, name: string): Call[] => {
  const extra = { id: a.id, userId: a.id, user_id: a.id, ownerId: a.id };
  return [
    { action: 'updateAccountNameAction', send: (caller) => callFormAction(caller, '/account', 'updateAccountNameAction', { name, ...extra }) },
    { action: 'deleteAccountAction', send: (caller) => callFormAction(caller, '/account', 'deleteAccountAction', { email: a.email, ...extra }) },
  ];
};

it("B's export, rename and delete touch only B's account; a visitor's are sent to sign in", async ({ a, b, secret, playwright, baseURL }) => {
  const before = await allRowsOf(a);
  const asB = await callerOf(baseURL!, b.context);
  const [rename, remove] = accountCalls(a, 'Renamed by B');

  const exported = await b.context.request.get(`${baseURL}/account/export`);
  expect(exported.status()).toBe(200);
  const text = await exported.text();
  expect(JSON.parse(text)).toMatchObject({ account: { email: b.user.email }, ideas: [] });
  for (const hers of [a.email, a.id, secret.idea.id, secret.idea.name]) expect(text).not.toContain(hers);

  // With A's email, B's delete is refused (it is not B's email) and deletes nothing of anyone's.
  const refused = await remove!.send(asB);
  expectHandled(refused, 'B: deleteAccountAction');
  expect(refused.result).toEqual({ ok: false, message: EMAIL_MISMATCH_MESSAGE });
  // The rename carries A's ids too, and renames B alone.
  expect((await rename!.send(asB)).result).toEqual({ ok: true, message: 'Saved.' });
  expect(await allRowsOf(a), "all of A's rows").toEqual(before);
  const names = await withSql((sql) => sql.query<{ id: string; name: string }>('SELECT id, name FROM users WHERE id = ANY($1)', [[a.id, b.user.id]]));
  expect(Object.fromEntries(names.rows.map((r) => [r.id, r.name]))).toEqual({ [a.id]: a.name, [b.user.id]: 'Renamed by B' });

  const anonymous = await playwright.request.newContext({ baseURL });
  try {
    for (const call of accountCalls(a, 'Renamed by a visitor')) {
      const response = await call.send(await callerOf(baseURL!, anonymous));
      expectHandled(response, `anonymous: ${call.action}`);
      expect(response.redirect, `anonymous: ${call.action} answered ${response.result?.message}`).toMatch(/^\/sign-in[;?]/);
    }
  } finally {
    await anonymous.dispose();
  }
  expect(await allRowsOf(a), "all of A's rows").toEqual(before);
});
