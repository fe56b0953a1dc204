import { simulate } from '@/lib/underwrite';
const t = { pricingModel: 'one_time', price: 29, monthlyVisitors: 3000, visitorGrowthRate: 0.03, conversionRate: 0.02, refundRate: 0.04, feeRate: 0.06, feePerTransaction: 0.3, churnRate: 0, supportMinutesPerCustomer: 3, upkeepHoursPerMonth: 4, adSpendPerMonth: 200, hourlyRate: 60, upfrontHours: 60, upfrontCash: 300, horizonMonths: 24 } as const;
const r = { price: { low: 19, high: 39 }, monthlyVisitors: { low: 1000, high: 6000 }, visitorGrowthRate: { low: -0.02, high: 0.06 }, conversionRate: { low: 0.005, high: 0.04 }, refundRate: { low: 0.01, high: 0.1 }, feeRate: { low: 0.04, high: 0.1 }, churnRate: { low: 0, high: 0 }, supportMinutesPerCustomer: { low: 1, high: 10 }, upkeepHoursPerMonth: { low: 2, high: 10 }, adSpendPerMonth: { low: 0, high: 400 }, upfrontHours: { low: 40, high: 120 }, servicePackageRate: { low: 0, high: 0 } };
for (let i = 0; i < 20; i++) simulate(t, r);
(globalThis as any).PH = [];
for (let i = 0; i < 10; i++) simulate(t, r);
const ph = (globalThis as any).PH as number[];
const cols = [0, 1, 2].map((c) => ph.filter((_, i) => i % 3 === c).sort((a, b) => a - b)[5]!.toFixed(2));
console.log('trials, sort+bands, drivers(ms):', cols.join(' '));
