import { z } from 'zod';
import type { RangeField } from '@/lib/underwrite/ranges';
import type { Assumptions } from '@/lib/underwrite/schema';
import { checkRanges, rangesFromFormValues, rangesShapeSchema } from './schema';

/**
 * The ranges alone, as the idea page's "Try other ranges" editor sends them:
 * the worksheet's range inputs (`${field}Low` / `${field}High`, percent
 * fields in %) and its rules, checked against the idea's own values. The
 * editor parses with it as the founder types, saveRangesAction with the idea
 * as stored; errors come out under `${field}Range` through fieldErrorsOf.
 */
export function rangesFormSchema(values: Pick<Assumptions, RangeField>) {
  return z.preprocess(
    (raw) => ({ ranges: rangesFromFormValues(typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {}) }),
    z.object({ ranges: rangesShapeSchema }).superRefine(({ ranges }, ctx) => checkRanges(values, ranges, ctx)),
  );
}
