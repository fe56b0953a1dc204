/**
 * How long a text is, counted the way a person and PostgreSQL count it:
 * in characters (Unicode code points). `text.length` counts UTF-16 units,
 * in which an emoji is two, so a limit checked with it disagrees with the
 * VARCHAR(n) that stores the text. Every length limit the app states (zod
 * schemas, counters under fields) counts with this.
 */
export function charCount(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}

/**
 * A NUL character cannot be stored in a PostgreSQL text column (the insert
 * fails) and is never typed on purpose, so every schema that reads text
 * drops it (names, texts, notes, sources).
 */
export const withoutNul = (text: string): string => text.replaceAll('\u0000', '');
