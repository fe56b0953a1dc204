'use server';

import { revalidatePath } from 'next/cache';
import { unstable_rethrow } from 'next/navigation';
import { previewImport } from '@/lib/actuals';
import { failure, FIX_FIELDS_MESSAGE, IDEA_GONE_MESSAGE, IMPORT_FAILED_MESSAGE, success, unexpected, WEEK_GONE_MESSAGE, type ActionResult } from '@/lib/actions/result';
import { currentOwnerId } from '@/lib/auth/session';
import { deleteActualWeek, importActualWeeks, saveActualWeek } from '@/lib/ideas/actuals';
import { actualWeekFormSchema, weekFormValues } from '@/lib/ideas/actuals-form';
import { deleteActualWeekSchema, importActualsSchema, importActualWeeksSchema } from '@/lib/ideas/actuals-schema';
import type { WriteResult } from '@/lib/ideas/data';
import { ideaIdSchema } from '@/lib/ideas/schema';
import { fieldErrorsOf } from '@/lib/ideas/worksheet-form';
import { formatWeek } from '@/lib/results/format-week';

/**
 * Weekly actuals: save or delete one week, and import a CSV. Each parses
 * what arrived (anyone can post to an action) with the schema its form
 * checks with, calls the data layer as the signed-in owner, and refreshes
 * the actuals page and the idea page, whose plan vs actual reads the weeks.
 */

/** An action's own file of actuals is the idea page's too: plan vs actual, and the calibrated case. */
function refresh(ideaId: string) {
  revalidatePath(`/ideas/${ideaId}`);
  revalidatePath(`/ideas/${ideaId}/actuals`);
}

/** Saves one week from the entry form: any date picks its week (Monday to Sunday); blank figures are not logged. */
export async function saveActualWeekAction(_prev: ActionResult<{ weekStart: string }>, formData: FormData): Promise<ActionResult<{ weekStart: string }>> {
  const values = weekFormValues(formData);
  const ideaId = ideaIdSchema.safeParse(formData.get('ideaId'));
  if (!ideaId.success) return failure(IDEA_GONE_MESSAGE, { values });
  const parsed = actualWeekFormSchema.safeParse(values);
  if (!parsed.success) return failure(FIX_FIELDS_MESSAGE, { fieldErrors: fieldErrorsOf(parsed.error), values });

  let result: WriteResult;
  try {
    result = await saveActualWeek(await currentOwnerId(), ideaId.data, parsed.data);
  } catch (error) {
    // Without a session currentOwnerId() redirects to sign-in by throwing: not a failure.
    unstable_rethrow(error);
    return unexpected('saveActualWeekAction', error, values);
  }
  if (result.status !== 'ok') return failure(IDEA_GONE_MESSAGE, { values });
  refresh(ideaId.data);
  return success(`Week of ${formatWeek(parsed.data.weekStart)} saved.`, { weekStart: parsed.data.weekStart });
}

/** Deletes one logged week. */
export async function deleteActualWeekAction(input: { ideaId: string; weekStart: string }): Promise<ActionResult> {
  const parsed = deleteActualWeekSchema.safeParse(input);
  if (!parsed.success) return failure(parsed.error.issues[0]?.message ?? 'This week cannot be deleted.');
  let result: WriteResult;
  try {
    result = await deleteActualWeek(await currentOwnerId(), parsed.data.ideaId, parsed.data.weekStart);
  } catch (error) {
    unstable_rethrow(error);
    return unexpected('deleteActualWeekAction', error);
  }
  if (result.status !== 'ok') return failure(WEEK_GONE_MESSAGE);
  refresh(parsed.data.ideaId);
  return success(`Week of ${formatWeek(parsed.data.weekStart)} deleted.`);
}

export type ImportSaved = { stored: number; firstWeek: string; lastWeek: string };

/**
 * Stores a CSV import the founder previewed and confirmed: the text is read
 * again here with the same engine (rows computed in the browser are never
 * trusted), and every week it gives is stored in one transaction, or none.
 * Bad rows were shown in the preview and are left out here the same way.
 */
export async function importActualsAction(_prev: ActionResult<ImportSaved>, formData: FormData): Promise<ActionResult<ImportSaved>> {
  const parsed = importActualsSchema.safeParse({
    ideaId: formData.get('ideaId'),
    name: formData.get('name') ?? '',
    text: formData.get('text'),
    mapping: formData.get('mapping'),
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return failure(issue?.path[0] === 'ideaId' ? IDEA_GONE_MESSAGE : (issue?.message ?? 'This import cannot be read.'));
  }
  const { ideaId, name, text, mapping } = parsed.data;
  const preview = previewImport([{ name, text, mapping }]);
  if (!preview.ok) return failure(preview.errors.map((error) => error.message).join(' '));
  if (preview.preview.weeks.length === 0) return failure('No row of this file can be imported: see the reasons in the preview.');
  // Hours never come from a file: null keeps what was logged by hand.
  const weeks = importActualWeeksSchema.safeParse({ ideaId, weeks: preview.preview.weeks.map((week) => ({ ...week, hoursSpent: null })) });
  if (!weeks.success) {
    const issue = weeks.error.issues[0];
    const week = typeof issue?.path[1] === 'number' ? preview.preview.weeks[issue.path[1]] : undefined;
    return failure(`${week ? `The week of ${formatWeek(week.weekStart)}: ` : ''}${issue?.message ?? 'These weeks cannot be stored.'}`);
  }

  let result: WriteResult<{ stored: number }>;
  try {
    result = await importActualWeeks(await currentOwnerId(), ideaId, weeks.data.weeks, mapping);
  } catch (error) {
    unstable_rethrow(error);
    unexpected('importActualsAction', error);
    return failure(IMPORT_FAILED_MESSAGE);
  }
  if (result.status !== 'ok') return failure(IDEA_GONE_MESSAGE);
  refresh(ideaId);
  const stored = result.saved.stored;
  const [first, last] = [weeks.data.weeks[0]!.weekStart, weeks.data.weeks.at(-1)!.weekStart];
  return success(`Imported ${stored} ${stored === 1 ? 'week' : 'weeks'}, from the week of ${formatWeek(first)} to the week of ${formatWeek(last)}.`, {
    stored,
    firstWeek: first,
    lastWeek: last,
  });
}
