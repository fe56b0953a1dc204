/**
 * What every server action returns, so forms handle success and failure one
 * way: `fieldErrors` go next to their fields, `message` above the form, and
 * `values` refill the inputs so nothing typed is lost.
 */
export type ActionResult<Saved = never> = {
  ok: boolean;
  message: string | null;
  fieldErrors: Record<string, string[] | undefined>;
  values: Record<string, string> | null;
  /** A save refused because the record changed since the form was opened. */
  conflict?: Conflict;
  /** What a successful save stored, for a form that compares its inputs against it. */
  saved?: Saved;
};

/** Above a form whose fields have errors, whether the browser or the server found them. */
export const FIX_FIELDS_MESSAGE = 'Some values need fixing: see the highlighted fields.';

// What the actions answer with, here because a 'use server' file exports
// only actions, and the tests check the answers against these.
export const IDEA_GONE_MESSAGE = 'This idea no longer exists.';
/** From the checklist and build-it-once panels, which stay open while another tab deletes the idea. */
export const PROGRESS_GONE_MESSAGE = 'This idea no longer exists (deleted in another tab?).';
export const OUT_OF_DATE_MESSAGE = 'This form is out of date: reload the page and try again.';
export const CONFLICT_MESSAGE =
  'This idea was saved elsewhere (another tab?) after you opened this form, so your save was not applied. Your entries are kept below.';
/** The idea page's ranges editor was opened before a save elsewhere: its ranges were checked against old values. */
export const RANGES_CONFLICT_MESSAGE =
  'This idea was saved elsewhere (another tab?) since this page was opened, so these ranges were not saved. Reload the page to try them on the idea as it is now.';
/** The history page was read before another change: restoring from it could undo that change unseen. */
export const HISTORY_CONFLICT_MESSAGE =
  'This idea changed since this page was opened (another tab?), so nothing was restored. Reload the page to see its history as it is now.';
/** Said before the rules an old version breaks. */
export const VERSION_BREAKS_RULES_MESSAGE = 'This version breaks a worksheet rule added since it was saved, so it cannot be restored as it was:';
export const STRESS_RANGE_MESSAGE = 'These stress settings are out of range.';
/** A week deleted in another tab, or of an idea that is not there: the same words either way. */
export const WEEK_GONE_MESSAGE = 'This week is no longer logged (deleted in another tab?). Reload the page to see the weeks as they are.';
/** An import is one transaction: when the database fails it, no week of it is stored. */
export const IMPORT_FAILED_MESSAGE = 'Nothing was imported: the database did not store the weeks. Your file and mapping are kept; try again in a moment.';
/** "Start from an example" with a product type the app does not have. */
export const UNKNOWN_EXAMPLE_MESSAGE = 'There is no example of that kind: pick one of the product types listed.';
export const UNEXPECTED_MESSAGE = 'Could not save right now: the database did not answer. Your entries are kept; try again in a moment.';

/** What changed: the saved value beside the founder's, per field, and the version to overwrite. */
export type Conflict = { version: number; changes: { field: string; label: string; saved: string; yours: string }[] };

export const idle: ActionResult = { ok: false, message: null, fieldErrors: {}, values: null };

export function failure(message: string, extra: Partial<Omit<ActionResult, 'ok' | 'message'>> = {}): ActionResult {
  return {
    ok: false,
    message,
    fieldErrors: extra.fieldErrors ?? {},
    values: extra.values ?? null,
    ...(extra.conflict ? { conflict: extra.conflict } : {}),
  };
}

export function success<Saved = never>(message: string | null = null, saved?: Saved): ActionResult<Saved> {
  return { ok: true, message, fieldErrors: {}, values: null, ...(saved === undefined ? {} : { saved }) };
}

/** Logs the real cause for the operator and gives the founder a sentence they can act on. */
export function unexpected(action: string, error: unknown, values: Record<string, string> | null = null): ActionResult {
  console.error(`[${action}] failed:`, error);
  return failure(UNEXPECTED_MESSAGE, { values });
}

/** Applying a checklist task's numbers from a page opened before a worksheet save elsewhere. */
export const APPLY_CONFLICT_MESSAGE =
  'This idea was saved elsewhere (another tab?) since this page was opened, so the numbers were not applied. Reload the page and apply them again.';

/** A share link revoked from a page opened before it was deleted with its idea, or not the owner's: the same words either way. */
export const SHARE_LINK_GONE_MESSAGE = 'This link no longer exists (its idea was deleted?). Reload the page to see the links as they are.';
