import { formatMoney } from '@/lib/underwrite';

/**
 * A full money amount for tables and tooltips. Losses are also red, but the
 * minus sign carries the meaning; the colour only helps scanning a column.
 */
export function Money({ amount }: { amount: number }) {
  const text = formatMoney(amount);
  return <span className={text.startsWith('-') ? 'text-fail' : undefined}>{text}</span>;
}
