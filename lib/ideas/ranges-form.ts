import { z } from 'zod';
import type { RangeField } from '@/lib/underwrite/ranges';
import type { Assumptions } from '@/lib/underwrite/schema';
import { checkRanges, rangesShapeSchema } from './schema';
import { trafficIssue } from './traffic-ceiling';
import { formTextSchema, rangesFromFormValues } from './worksheet-form';

/**
 * The ranges alone, as the idea page's "Try other ranges" editor sends them:
 * the worksheet's range inputs (`${field}Low` / `${field}High`, percent
 * fields in %) and its rules, checked against the idea's own values. The
 * editor parses with it as the founder types, saveRangesAction with the idea
 * as stored; errors come out under `${field}Range` through fieldErrorsOf.
 */
export function rangesFormSchema(values: Pick<Assumptions, RangeField | 'horizonMonths'>) {
  return formTextSchema(
    (raw, issues) => ({ ranges: rangesFromFormValues(typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {}, issues) }),
    z.object({ ranges: rangesShapeSchema }).superRefine(({ ranges }, ctx) => {
      checkRanges(values, ranges, ctx);
      // The ranges' high ends keep traffic under the worksheet's ceiling; the values themselves are the worksheet's business.
      const traffic = trafficIssue(values, ranges);
      if (traffic && traffic.path[0] === 'ranges') ctx.addIssue({ code: 'custom', path: traffic.path, message: traffic.message });
    }),
  );
}
