'use server';

import { revalidatePath } from 'next/cache';
import { redirect, unstable_rethrow } from 'next/navigation';
import { z } from 'zod';
import {
  CONFLICT_MESSAGE,
  failure,
  FIX_FIELDS_MESSAGE,
  IDEA_GONE_MESSAGE,
  OUT_OF_DATE_MESSAGE,
  STRESS_RANGE_MESSAGE,
  success,
  unexpected,
  type ActionResult,
} from '@/lib/actions/result';
import { currentOwnerId } from '@/lib/auth/session';
import { createIdea, deleteIdea, updateIdea, updateStressProfile, type WriteResult } from '@/lib/ideas/data';
import { duplicateIdea } from '@/lib/ideas/duplicate';
import type { Idea } from '@/lib/ideas/schema';
import { describeChanges } from '@/lib/results/diff';
import { formNumberValue, parseFormNumber } from '@/lib/ideas/form-number';
import { ideaVersionSchema } from '@/lib/ideas/schema';
import { fieldErrorsOf, formValues, ideaFormSchema } from '@/lib/ideas/worksheet-form';
import { stressProfileSchema, type StressKey, type StressProfile } from '@/lib/underwrite/schema';

/**
 * The worksheet's server actions. Each one: parse with the shared schema,
 * call the data layer with the current owner, then revalidate/redirect
 * outside the try (redirect works by throwing). Inside the try,
 * currentOwnerId() itself redirects to sign-in without a session: each catch
 * lets Next.js's own errors through (unstable_rethrow), or that redirect
 * would be reported as a database failure.
 */

export async function createIdeaAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData);
  const parsed = ideaFormSchema.safeParse(values);
  if (!parsed.success) {
    return failure(FIX_FIELDS_MESSAGE, { fieldErrors: fieldErrorsOf(parsed.error), values });
  }
  // One key per opened form: a double click or a retry finds the idea it already made.
  const createKey = z.uuid().safeParse(formData.get('createKey'));
  let id: string;
  try {
    id = (await createIdea(await currentOwnerId(), parsed.data, { createKey: createKey.success ? createKey.data : undefined })).id;
  } catch (error) {
    unstable_rethrow(error);
    return unexpected('createIdeaAction', error, values);
  }
  revalidatePath('/');
  redirect(`/ideas/${id}`);
}

export async function updateIdeaAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData);
  const id = String(formData.get('id') ?? '');
  const version = ideaVersionSchema.safeParse(formData.get('version'));
  const parsed = ideaFormSchema.safeParse(values);
  if (!parsed.success) {
    return failure(FIX_FIELDS_MESSAGE, { fieldErrors: fieldErrorsOf(parsed.error), values });
  }
  if (!version.success) return failure(OUT_OF_DATE_MESSAGE, { values });

  let result: WriteResult;
  try {
    result = await updateIdea(await currentOwnerId(), id, version.data, parsed.data);
  } catch (error) {
    unstable_rethrow(error);
    return unexpected('updateIdeaAction', error, values);
  }
  if (result.status === 'not_found') return failure(IDEA_GONE_MESSAGE, { values });
  if (result.status === 'conflict') {
    const { current } = result;
    return failure(CONFLICT_MESSAGE, { values, conflict: { version: current.version, changes: describeChanges(current, parsed.data) } });
  }
  revalidatePath('/');
  revalidatePath(`/ideas/${id}`);
  redirect(`/ideas/${id}`);
}

export async function deleteIdeaAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const id = String(formData.get('id') ?? '');
  let result: WriteResult;
  try {
    result = await deleteIdea(await currentOwnerId(), id);
  } catch (error) {
    unstable_rethrow(error);
    return unexpected('deleteIdeaAction', error);
  }
  if (result.status !== 'ok') return failure(IDEA_GONE_MESSAGE);
  revalidatePath('/');
  redirect('/');
}

/** Copies the idea as a what-if and opens the copy's worksheet, where the founder changes what the variant is about. */
export async function duplicateIdeaAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const id = String(formData.get('id') ?? '');
  // One key per rendered button: a double click or a retry finds the copy it already made.
  const createKey = z.uuid().safeParse(formData.get('createKey'));
  let result: WriteResult<Idea>;
  try {
    result = await duplicateIdea(await currentOwnerId(), id, { createKey: createKey.success ? createKey.data : undefined });
  } catch (error) {
    unstable_rethrow(error);
    return unexpected('duplicateIdeaAction', error);
  }
  if (result.status !== 'ok') return failure(IDEA_GONE_MESSAGE);
  // No revalidatePath('/') here: a revalidating action makes the router refresh
  // the page it was called from, and that refresh raced the redirect, leaving
  // the copy's worksheet on screen under the original's address (seen in the
  // E2E suite). The list is rendered per request, so it shows the copy anyway.
  redirect(`/ideas/${result.saved.id}/edit`);
}

const STRESS_KEYS = Object.keys(stressProfileSchema.shape) as StressKey[];

/**
 * Saves the stress profile the founder set with the sliders (fractions, as
 * the engine takes them) and answers with the profile as stored: sliders
 * moved while the save was in flight still differ from it, so they still
 * show as unsaved.
 */
export async function saveStressProfileAction(
  _prev: ActionResult<StressProfile>,
  formData: FormData,
): Promise<ActionResult<StressProfile>> {
  const id = String(formData.get('id') ?? '');
  const raw = Object.fromEntries(STRESS_KEYS.map((key) => [key, formNumberValue(parseFormNumber(formData.get(key)))]));
  const parsed = stressProfileSchema.safeParse(raw);
  if (!parsed.success) {
    return failure(STRESS_RANGE_MESSAGE, { fieldErrors: z.flattenError(parsed.error).fieldErrors });
  }
  let result: WriteResult<StressProfile>;
  try {
    result = await updateStressProfile(await currentOwnerId(), id, parsed.data);
  } catch (error) {
    unstable_rethrow(error);
    return unexpected('saveStressProfileAction', error);
  }
  if (result.status !== 'ok') return failure(IDEA_GONE_MESSAGE);
  revalidatePath('/');
  revalidatePath(`/ideas/${id}`);
  return success('Stress profile saved.', result.saved);
}
