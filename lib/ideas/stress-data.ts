import 'server-only';
import { db } from '@/lib/db/client';
import type { StressProfile } from '@/lib/underwrite/schema';
import { NOT_FOUND, type WriteResult } from './data';
import { STRESS_COLUMNS, stressColumns, toStressProfile } from './rows';
import { isIdeaId } from './schema';
import { recordVersion } from './versions';

/**
 * Saves the idea's stress profile and answers with the profile as stored
 * (rounded to the columns' scale), which the stress panel compares its
 * sliders against. It does not bump `version`: that guards the worksheet
 * form, and a profile saved from the results page must not make an open
 * edit form stale.
 */
export async function updateStressProfile(ownerId: string, id: string, stress: StressProfile): Promise<WriteResult<StressProfile>> {
  if (!isIdeaId(id)) return NOT_FOUND;
  return db().$transaction(async (tx) => {
    const [row] = await tx.idea.updateManyAndReturn({ where: { id, ownerId }, data: stressColumns(stress), select: STRESS_COLUMNS });
    if (!row) return NOT_FOUND;
    // History keeps it all the same: the stress case, and so the verdict, moved.
    await recordVersion(tx, ownerId, id, 'stress');
    return { status: 'ok', saved: toStressProfile(row) };
  });
}
