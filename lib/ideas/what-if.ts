import { NAME_MAX } from './schema';

/** What a duplicate's name ends with: the founder sees at a glance which one is the variant. */
export const WHAT_IF_SUFFIX = ' (what-if)';

/**
 * The name of a what-if copy: "<name> (what-if)", the original's name cut
 * short where the suffix would push it past NAME_MAX. Counted in code points
 * like the schema and PostgreSQL's VARCHAR, and cut between code points, so
 * an emoji is never split in half.
 */
export function whatIfName(name: string): string {
  const room = NAME_MAX - [...WHAT_IF_SUFFIX].length;
  const chars = [...name];
  const base = chars.length > room ? chars.slice(0, room).join('').trimEnd() : name;
  return `${base}${WHAT_IF_SUFFIX}`;
}
