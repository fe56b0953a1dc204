import type { PricingModel } from '@/lib/underwrite/schema';
import type { FieldInfo } from './fields';

const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 2 });
const plain = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const percent = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 });

/** A saved assumption with its unit, e.g. "$39 per sale", "2.5 % of visitors", "24 months". */
export function formatFieldValue(field: FieldInfo, value: number, model: PricingModel): string {
  const suffix = field.suffix(model);
  switch (field.unit) {
    case 'money':
      return `${money.format(value)} ${suffix.replace(/^\$\s?/, '')}`.trim();
    case 'percent':
      return `${percent.format(value * 100)} ${suffix}`;
    default:
      return `${plain.format(value)} ${suffix}`;
  }
}
