import { callAction, callerOf, callFormAction } from './actions';
import { expect, ideasNamed, seedIdea, test, uniqueName } from './support';
import { FIX_FIELDS_MESSAGE } from '@/lib/actions/result';
import { defaultFormValues } from '@/lib/results/form-values';

test('server actions answer direct HTTP calls as the browser makes them', async ({ page, user, baseURL }) => {
  const caller = await callerOf(baseURL!, page.context());
  const name = uniqueName('Over HTTP');
  const created = await callFormAction(caller, '/ideas/new', 'createIdeaAction', { ...defaultFormValues('ebook'), name });
  expect(created.status, created.body.slice(0, 500)).toBe(200);
  expect(created.redirect).toMatch(/^\/ideas\/[0-9a-f-]{36}/);
  expect(await ideasNamed(user.id, name)).toHaveLength(1);

  const invalid = await callFormAction(caller, '/ideas/new', 'createIdeaAction', { ...defaultFormValues('ebook'), name, price: '-1' });
  expect(invalid.result).toEqual({ ok: false, message: FIX_FIELDS_MESSAGE });

  const idea = await seedIdea(user.id);
  const tick = await callAction(caller, `/ideas/${idea.id}`, 'toggleChecklistItemAction', [{ ideaId: idea.id, item: 1, done: true }]);
  expect(tick.status).toBe(200);
  expect(tick.result?.ok).toBe(true);
});
