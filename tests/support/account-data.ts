import { randomUUID } from 'node:crypto';
import { importActualWeeks } from '@/lib/ideas/actuals';
import { createIdea, updateIdea } from '@/lib/ideas/data';
import { answerBuildTest, saveBuildTestNote, saveChecklistEvidence, saveChecklistNumbers, setChecklistItemDone } from '@/lib/ideas/progress';
import type { Idea } from '@/lib/ideas/schema';
import { createShareLink, revokeShareLink } from '@/lib/share/links';
import { DEMO_IDEAS } from '@/scripts/demo/ideas';

/**
 * An idea with a row in every table an idea has, through the data layer as
 * the app stores them: ranges, evidence marks, a ticked item with notes and
 * numbers, build-it-once answers, two versions, a week of actuals and a
 * remembered import mapping, a live and a revoked share link. `tag` goes into every text, so a test can look
 * for it (or for its absence) anywhere in an export.
 */
export async function seedFullIdea(ownerId: string, tag = randomUUID().slice(0, 8)): Promise<Idea & { tag: string }> {
  const input = {
    ...DEMO_IDEAS[0]!.input,
    name: `Idea ${tag}`,
    problem: `Problem ${tag}`,
    evidence: { conversionRate: { kind: 'measured', source: `Survey ${tag}`, measuredOn: '2026-09-01', value: 0.02 } },
  } as const;
  const idea = await createIdea(ownerId, input);
  const ok = (result: { status: string }) => {
    if (result.status !== 'ok') throw new Error(`Seeding ${tag}: ${result.status}`);
  };
  ok(await updateIdea(ownerId, idea.id, idea.version, { ...input, audience: `Audience ${tag}` }));
  ok(await setChecklistItemDone(ownerId, { ideaId: idea.id, item: 5, done: true }));
  ok(await saveChecklistEvidence(ownerId, { ideaId: idea.id, item: 5, evidence: `Notes ${tag}` }));
  ok(await saveChecklistNumbers(ownerId, { ideaId: idea.id, item: 5, test: { kind: 'presale', visitors: 400, signUps: 9 } }));
  ok(await answerBuildTest(ownerId, { ideaId: idea.id, test: 'proven_demand', answer: 'yes' }));
  ok(await saveBuildTestNote(ownerId, { ideaId: idea.id, test: 'compounds', note: `Build note ${tag}` }));
  const week = { weekStart: '2026-09-07', visitors: 700, sales: 5, refunds: 1, revenue: 145, refundedAmount: 29, fees: 5.7, hoursSpent: 3 };
  const mapping = { kind: 'totals', date: `date ${tag}`, visitors: 'visitors', moneyUnit: 'major', decimalComma: false } as const;
  ok(await importActualWeeks(ownerId, idea.id, [week], mapping));
  await createShareLink(ownerId, idea.id, `For my advisor ${tag}`);
  const revoked = await createShareLink(ownerId, idea.id, `Old link ${tag}`);
  ok(await revokeShareLink(ownerId, idea.id, revoked!.link.id));
  return { ...idea, tag };
}
