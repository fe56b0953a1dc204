import { getSession } from '@/lib/auth/session';
import { listActualWeeks } from '@/lib/ideas/actuals';
import { getIdea } from '@/lib/ideas/data';
import { assumptionsOf } from '@/lib/ideas/schema';
import { calibratedCaseOf } from '@/lib/results/calibrated';
import { ideaScenarios, monthsCsv, monthsFileName } from '@/lib/results/months-csv';

/**
 * GET /ideas/<id>/months.csv: the idea's months, for its owner only. Anyone
 * else (another account, no session, an id of nothing or no id at all) gets
 * the same bare 404, so the answer says nothing about whether the idea exists.
 * No redirect to sign-in: a download link has no page to come back to.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const session = await getSession();
  const { id } = await params;
  const idea = session ? await getIdea(session.user.id, id) : null;
  const weeks = idea && session ? await listActualWeeks(session.user.id, idea.id) : null;
  if (!idea || !weeks) return new Response('Not found.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

  const assumptions = assumptionsOf(idea);
  const calibrated = calibratedCaseOf(assumptions, idea.evidence, weeks);
  return new Response(monthsCsv(ideaScenarios(assumptions, idea.stress, calibrated?.assumptions ?? null)), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${monthsFileName(idea.name)}"`,
      'Cache-Control': 'private, no-store',
      'X-Robots-Tag': 'noindex',
    },
  });
}
