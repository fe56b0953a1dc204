/**
 * The 30-day validation checklist (PRODUCT.md) and the build-it-once test
 * (seed 001), in the words of the source articles.
 */
export const CHECKLIST_ITEMS = [
  { item: 1, text: 'Clarify exactly how the product creates cash flow.' },
  { item: 2, text: 'Stress test the downside instead of only underwriting the upside.' },
  { item: 3, text: 'Review operational, platform and financing risks before committing money.' },
  { item: 4, text: 'Decide whether you want active involvement or truly passive exposure.' },
  { item: 5, text: 'Prove the problem is painful and recurring before spending weeks building.' },
] as const;

export type ChecklistItemNumber = (typeof CHECKLIST_ITEMS)[number]['item'];

/** Item k is due on day 6k of the 30, counted from the idea's creation. */
export const dueDay = (item: number): number => item * 6;

export const BUILD_TESTS = [
  { test: 'proven_demand', label: 'Proven demand', text: 'Your audience has already asked for it or bought something like it.' },
  { test: 'sells_without_you', label: 'Sells without you', text: 'The buyer can find, purchase, and receive it with no live effort from you.' },
  { test: 'low_upkeep', label: 'Low upkeep', text: 'It stays useful for months without a rebuild each time it sells.' },
  { test: 'compounds', label: 'Compounds', text: 'More reach or more catalog makes it earn more, not just more work.' },
] as const;

export type BuildTestKey = (typeof BUILD_TESTS)[number]['test'];
export const BUILD_TEST_ANSWERS = ['yes', 'no', 'unknown'] as const;
export type BuildTestAnswer = (typeof BUILD_TEST_ANSWERS)[number];
