import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { defaultFormValues } from '@/lib/results/form-values';
import { buildTestNoteSchema, checklistEvidenceSchema, NAME_MAX, NOTE_MAX, TEXT_MAX } from '@/lib/ideas/schema';
import { formValues, ideaFormSchema } from '@/lib/ideas/worksheet-form';
import { charCount } from '@/lib/text';

// Text is counted in characters (code points) by the form's counters, the
// schemas the actions parse with, and PostgreSQL's VARCHAR. 😀 is one
// character and two UTF-16 units, the case where they used to disagree.
const EMOJI = '😀';
const ID = '3f2b7c1e-0000-4000-8000-000000000000';

/** The worksheet as the action receives it, with one field replaced. */
function submitted(field: string, text: string): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries({ ...defaultFormValues('template'), name: 'Emoji idea', [field]: text })) form.set(key, value);
  return form;
}

describe('charCount', () => {
  it('counts code points, like PostgreSQL', () => {
    expect(['', 'abc', EMOJI, 'é', 'e\u0301', '👩‍💻', '\uD83D'].map(charCount)).toEqual([0, 3, 1, 1, 2, 3, 1]);
  });
});

describe('worksheet texts reach the schema whole', () => {
  it.each([
    ['problem', TEXT_MAX],
    ['audience', TEXT_MAX],
    ['name', NAME_MAX],
  ])('%s: %i emoji are saved as typed', (field, max) => {
    const text = EMOJI.repeat(max);
    const parsed = ideaFormSchema.safeParse(formValues(submitted(field, text)));
    expect(parsed.success && parsed.data[field as 'problem']).toBe(text);
  });

  it.each([
    ['problem', TEXT_MAX, 'Keep the problem under 2,000 characters.'],
    ['audience', TEXT_MAX, 'Keep the audience under 2,000 characters.'],
    ['name', NAME_MAX, 'Keep the name under 120 characters.'],
  ])('%s: one emoji more is a field error, not a cut', (field, max, message) => {
    const values = formValues(submitted(field, EMOJI.repeat(max + 1)));
    // The text is echoed back whole, so the founder loses nothing.
    expect(values[field]).toBe(EMOJI.repeat(max + 1));
    const parsed = ideaFormSchema.safeParse(values);
    expect(parsed.success ? {} : z.flattenError(parsed.error).fieldErrors).toEqual({ [field]: [message] });
  });
});

describe('notes', () => {
  it('take 2,000 emoji whole and refuse the 2,001st with the field error', () => {
    const evidence = (text: string) => checklistEvidenceSchema.safeParse({ ideaId: ID, item: 1, evidence: text });
    expect(evidence(EMOJI.repeat(NOTE_MAX)).data?.evidence).toBe(EMOJI.repeat(NOTE_MAX));
    expect(evidence(EMOJI.repeat(NOTE_MAX + 1)).error?.issues[0]?.message).toBe('Keep the note under 2,000 characters.');
    const note = buildTestNoteSchema.safeParse({ ideaId: ID, test: 'proven_demand', note: EMOJI.repeat(NOTE_MAX + 1) });
    expect(note.error?.issues[0]).toMatchObject({ path: ['note'], message: 'Keep the note under 2,000 characters.' });
  });
});
