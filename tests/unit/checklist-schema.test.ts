import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  buildTestAnswerInputSchema,
  checklistEvidenceSchema,
  NOTE_MAX,
  toggleChecklistItemSchema,
} from '@/lib/ideas/schema';

const ideaId = randomUUID();
const messageOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.success ? null : result.error!.issues[0]!.message;

describe('checklist and build-it-once input', () => {
  it('accepts items 1 to 5 only, as whole numbers', () => {
    for (const item of [1, 5]) expect(toggleChecklistItemSchema.safeParse({ ideaId, item, done: true }).success).toBe(true);
    for (const item of [0, 6, 2.5, '2', Number.NaN, null]) {
      expect(messageOf(toggleChecklistItemSchema.safeParse({ ideaId, item, done: true })), String(item)).toBe('Unknown checklist item.');
    }
  });

  it('refuses a malformed idea id as a missing idea', () => {
    for (const bad of ['', 'nope', `${ideaId}x`, "' OR 1=1 --"]) {
      expect(messageOf(toggleChecklistItemSchema.safeParse({ ideaId: bad, item: 1, done: true }))).toBe('This idea no longer exists.');
    }
  });

  it('wants a real boolean for a tick, not a string', () => {
    expect(toggleChecklistItemSchema.safeParse({ ideaId, item: 1, done: 'true' }).success).toBe(false);
  });

  it('trims a note, drops NUL characters PostgreSQL cannot store, and caps it at NOTE_MAX characters', () => {
    expect(checklistEvidenceSchema.parse({ ideaId, item: 1, evidence: '  a\u0000b \n' }).evidence).toBe('ab');
    expect(checklistEvidenceSchema.safeParse({ ideaId, item: 1, evidence: 'x'.repeat(NOTE_MAX) }).success).toBe(true);
    // Trailing spaces do not count against the limit: they are trimmed first.
    expect(checklistEvidenceSchema.safeParse({ ideaId, item: 1, evidence: `${'x'.repeat(NOTE_MAX)}   ` }).success).toBe(true);
    expect(messageOf(checklistEvidenceSchema.safeParse({ ideaId, item: 1, evidence: 'x'.repeat(NOTE_MAX + 1) }))).toBe(
      'Keep the note under 2,000 characters.',
    );
  });

  it('answers each build-it-once test with yes, no or unknown only', () => {
    for (const answer of ['yes', 'no', 'unknown']) {
      expect(buildTestAnswerInputSchema.safeParse({ ideaId, test: 'proven_demand', answer }).success).toBe(true);
    }
    expect(messageOf(buildTestAnswerInputSchema.safeParse({ ideaId, test: 'proven_demand', answer: 'maybe' }))).toBe(
      'Answer yes, no or not yet known.',
    );
    expect(messageOf(buildTestAnswerInputSchema.safeParse({ ideaId, test: 'vibes', answer: 'yes' }))).toBe(
      'Unknown build-it-once test.',
    );
  });
});
