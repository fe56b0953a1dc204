'use client';

import { useState, useTransition } from 'react';
import type { ActionResult } from '@/lib/actions/result';
import { NOTE_MAX } from '@/lib/ideas/checklist';
import { charCount } from '@/lib/text';

export const NO_ANSWER = 'the server did not answer. Check your connection and try again.';

/** A saved note as text, where nothing may be edited (the shared link's view); nothing when empty. */
export function SavedNote({ label, text }: { label: string; text: string }) {
  if (!text) return null;
  return (
    <div className="text-sm">
      <p className="font-medium">{label}</p>
      <p className="mt-0.5 break-words whitespace-pre-line text-ink">{text}</p>
    </div>
  );
}

/**
 * A note saved on its own (evidence for a checklist item, a note on a
 * build-it-once test): "Save note", Ctrl/⌘+Enter, or leaving the note saves
 * it. Not optimistic: the text stays in the box whatever happens, and a
 * failure is announced next to the button.
 */
export function NoteField({
  id,
  label,
  srContext,
  saved,
  placeholder,
  save,
}: {
  id: string;
  /** Visible label, e.g. "Evidence". */
  label: string;
  /** Completes the label for screen readers, e.g. "for item 2". */
  srContext: string;
  /** The note as stored. */
  saved: string;
  placeholder?: string;
  save: (text: string) => Promise<ActionResult>;
}) {
  const [draft, setDraft] = useState(saved);
  const [base, setBase] = useState(saved);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();

  // The stored note changed (our own save came back trimmed, or another tab
  // saved one): follow it, unless the founder has edits of their own here.
  if (saved !== base) {
    setBase(saved);
    if (draft === base || draft.trim() === saved) setDraft(saved);
  }

  const dirty = draft.trim() !== saved;
  const length = charCount(draft);
  // An empty, untouched note needs no button; once shown, the bar stays while
  // its status is up, so a button that has keyboard focus never vanishes.
  const showBar = draft !== '' || saved !== '' || status !== null || pending;

  function submit() {
    if (!dirty || pending) return;
    const text = draft;
    startTransition(async () => {
      let result: ActionResult | null;
      try {
        result = await save(text);
      } catch {
        result = null;
      }
      setStatus(
        result?.ok
          ? { ok: true, text: 'Note saved.' }
          : { ok: false, text: `Note not saved: ${result?.message ?? NO_ANSWER} Your text is still here.` },
      );
    });
  }

  return (
    // Leaving the note (the box and its button) saves it; moving from the box
    // to its own button does not, as the click is about to.
    <div
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget)) submit();
      }}
    >
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
        <span className="sr-only"> {srContext}</span>
      </label>
      <textarea
        id={id}
        rows={2}
        // No maxLength: it counts UTF-16 units and silently cuts a paste; an
        // over-long note gets the action's error instead, its text kept.
        value={draft}
        placeholder={placeholder}
        onChange={(e) => {
          setDraft(e.target.value);
          setStatus(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.metaKey || e.ctrlKey)) submit();
        }}
        aria-describedby={`${id}-count`}
        // Grows with its text from one line (where field-sizing is supported; two rows elsewhere).
        className="mt-1 field-sizing-content max-h-64 min-h-10 w-full rounded-md border border-line bg-white px-3 py-2 text-sm shadow-xs"
      />
      <div className={`flex flex-wrap items-center justify-between gap-x-3 gap-y-1 ${showBar ? 'mt-1' : ''}`}>
        <span id={`${id}-count`} className={`text-xs tabular-nums ${length > NOTE_MAX ? 'text-fail' : 'text-muted'}`}>
          {length > 0 && `${length.toLocaleString('en-US')}/${NOTE_MAX.toLocaleString('en-US')} characters`}
          <span className="sr-only">{length === 0 && `Up to ${NOTE_MAX.toLocaleString('en-US')} characters.`}</span>
        </span>
        <div className="flex flex-wrap items-center justify-end gap-x-3 gap-y-1">
          <span aria-live="polite" className={`text-xs ${status && !status.ok ? 'text-fail' : 'text-muted'}`}>
            {!pending && status?.text}
          </span>
          {dirty && !pending && !status && <span className="text-xs text-muted">Unsaved changes</span>}
          {showBar && (
            <button
              type="button"
              onClick={submit}
              // aria-disabled, not disabled: a disabled button drops keyboard focus mid-save.
              aria-disabled={pending || !dirty}
              className="inline-flex items-center gap-1.5 rounded-md border border-line bg-white px-3 py-1.5 text-xs font-medium hover:bg-paper aria-disabled:cursor-default aria-disabled:text-muted aria-disabled:hover:bg-white"
            >
              {pending && (
                <span aria-hidden className="size-3 animate-spin rounded-full border-2 border-line border-t-brand" />
              )}
              {pending ? 'Saving…' : 'Save note'}
            </button>
          )}
        </div>
      </div>
    </div>
  );
}
