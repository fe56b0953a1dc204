-- History (issue #9): one row per saved change of an idea's inputs, numbered
-- 1, 2, 3… per idea. `snapshot` holds the inputs as stored after the change
-- (the worksheet with its ranges, and the stress profile, whose shape lib/ideas/version-schema.ts
-- owns), `outputs` the verdict and key numbers the engine gave them
-- at the time. Rows are only ever added: a restore is a new row.
-- CreateTable
CREATE TABLE "idea_versions" (
    "idea_id" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "restored_from" INTEGER,
    "snapshot" JSONB NOT NULL,
    "outputs" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "idea_versions_pkey" PRIMARY KEY ("idea_id","number")
);

-- AddForeignKey
ALTER TABLE "idea_versions" ADD CONSTRAINT "idea_versions_idea_id_fkey" FOREIGN KEY ("idea_id") REFERENCES "ideas"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written. `kind` is text with a CHECK rather than an enum so a new kind
-- is one constraint swap inside a migration's transaction (ALTER TYPE … ADD
-- VALUE cannot be used in the transaction that adds it). Only a restore
-- names the earlier version it brought back. `baseline` marks the rows
-- backfilled below.
ALTER TABLE "idea_versions"
  ADD CONSTRAINT "idea_versions_number" CHECK ("number" >= 1),
  ADD CONSTRAINT "idea_versions_kind" CHECK ("kind" IN ('created', 'worksheet', 'ranges', 'stress', 'evidence', 'apply', 'restore', 'baseline')),
  ADD CONSTRAINT "idea_versions_restored_from" CHECK (
    ("kind" = 'restore') = ("restored_from" IS NOT NULL)
    AND ("restored_from" IS NULL OR ("restored_from" >= 1 AND "restored_from" < "number"))),
  ADD CONSTRAINT "idea_versions_snapshot" CHECK (jsonb_typeof("snapshot") = 'object'),
  ADD CONSTRAINT "idea_versions_outputs" CHECK ("outputs" IS NULL OR jsonb_typeof("outputs") = 'object');

-- Backfill: every idea that exists gets version 1, its inputs as they are
-- now, dated when they were last saved (updated_at), with kind `baseline`
-- because earlier edits were never kept and it would be untrue to call it
-- the idea as created. SQL cannot run the engine (lib/underwrite), so
-- `outputs` stays NULL on these rows alone: the reader computes them from
-- the snapshot with the engine of the day (lib/ideas/versions.ts), which is
-- what the app showed for these inputs when history began. Numbers go into
-- JSON as the columns hold them (39.00, 0.02000000): the same values.
INSERT INTO "idea_versions" ("idea_id", "number", "kind", "snapshot", "created_at")
SELECT
  "id",
  1,
  'baseline',
  jsonb_build_object(
    'name', "name",
    'productType', "product_type"::text,
    'problem', "problem",
    'audience', "audience",
    'pricingModel', "pricing_model"::text,
    'price', "price",
    'monthlyVisitors', "monthly_visitors",
    'visitorGrowthRate', "visitor_growth_rate",
    'conversionRate', "conversion_rate",
    'refundRate', "refund_rate",
    'feeRate', "fee_rate",
    'feePerTransaction', "fee_per_transaction",
    'churnRate', "churn_rate",
    'supportMinutesPerCustomer', "support_minutes_per_customer",
    'upkeepHoursPerMonth', "upkeep_hours_per_month",
    'adSpendPerMonth', "ad_spend_per_month",
    'hourlyRate', "hourly_rate",
    'upfrontHours', "upfront_hours",
    'upfrontCash', "upfront_cash",
    'horizonMonths', "horizon_months",
    'servicePackageRate', "service_package_rate",
    'servicePackagePrice', "service_package_price",
    'servicePackageHours', "service_package_hours",
    'availableHoursPerMonth', "available_hours_per_month"
  ) || jsonb_build_object(
    -- A range is both ends or neither (the ideas CHECKs): strip the absent ones.
    'ranges', jsonb_strip_nulls(jsonb_build_object(
      'price', CASE WHEN "price_low" IS NOT NULL THEN jsonb_build_object('low', "price_low", 'high', "price_high") END,
      'monthlyVisitors', CASE WHEN "monthly_visitors_low" IS NOT NULL THEN jsonb_build_object('low', "monthly_visitors_low", 'high', "monthly_visitors_high") END,
      'visitorGrowthRate', CASE WHEN "visitor_growth_rate_low" IS NOT NULL THEN jsonb_build_object('low', "visitor_growth_rate_low", 'high', "visitor_growth_rate_high") END,
      'conversionRate', CASE WHEN "conversion_rate_low" IS NOT NULL THEN jsonb_build_object('low', "conversion_rate_low", 'high', "conversion_rate_high") END,
      'refundRate', CASE WHEN "refund_rate_low" IS NOT NULL THEN jsonb_build_object('low', "refund_rate_low", 'high', "refund_rate_high") END,
      'feeRate', CASE WHEN "fee_rate_low" IS NOT NULL THEN jsonb_build_object('low', "fee_rate_low", 'high', "fee_rate_high") END,
      'churnRate', CASE WHEN "churn_rate_low" IS NOT NULL THEN jsonb_build_object('low', "churn_rate_low", 'high', "churn_rate_high") END,
      'supportMinutesPerCustomer', CASE WHEN "support_minutes_per_customer_low" IS NOT NULL THEN jsonb_build_object('low', "support_minutes_per_customer_low", 'high', "support_minutes_per_customer_high") END,
      'upkeepHoursPerMonth', CASE WHEN "upkeep_hours_per_month_low" IS NOT NULL THEN jsonb_build_object('low', "upkeep_hours_per_month_low", 'high', "upkeep_hours_per_month_high") END,
      'adSpendPerMonth', CASE WHEN "ad_spend_per_month_low" IS NOT NULL THEN jsonb_build_object('low', "ad_spend_per_month_low", 'high', "ad_spend_per_month_high") END,
      'upfrontHours', CASE WHEN "upfront_hours_low" IS NOT NULL THEN jsonb_build_object('low', "upfront_hours_low", 'high', "upfront_hours_high") END,
      'servicePackageRate', CASE WHEN "service_package_rate_low" IS NOT NULL THEN jsonb_build_object('low', "service_package_rate_low", 'high', "service_package_rate_high") END
    )),
    'stress', jsonb_build_object(
      'priceChange', "stress_price_change",
      'trafficChange', "stress_traffic_change",
      'growthRateAdd', "stress_growth_rate_add",
      'conversionChange', "stress_conversion_change",
      'refundRateAdd', "stress_refund_rate_add",
      'supportChange', "stress_support_change",
      'churnRateAdd', "stress_churn_rate_add",
      'upkeepChange', "stress_upkeep_change",
      'buildOverrun', "stress_build_overrun"
    )
  ),
  "updated_at"
FROM "ideas";
