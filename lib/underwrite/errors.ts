import type { z } from 'zod';

/**
 * Thrown instead of computing with input the schema rejects, so a bad number
 * surfaces as a message about one field rather than as NaN on a chart.
 */
export class InvalidAssumptionsError extends Error {
  /**
   * The first offending field: an `Assumptions` key such as `'price'`, a
   * stress profile key prefixed with `'stress.'` such as
   * `'stress.trafficChange'`, or `'assumptions'` / `'stress'` when the value is
   * not an object at all.
   */
  readonly field: string;
  /** Every problem zod found, with the schema's own messages. */
  readonly issues: readonly z.core.$ZodIssue[];

  constructor(field: string, issues: readonly z.core.$ZodIssue[]) {
    super(`Invalid ${field}: ${issues[0]?.message ?? 'value rejected by the schema.'}`);
    this.name = 'InvalidAssumptionsError';
    this.field = field;
    this.issues = issues;
  }
}
