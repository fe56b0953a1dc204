-- Evidence (issue #9): where each worksheet number comes from, and the
-- numbers the 30-day checklist records.

-- CreateEnum
CREATE TYPE "EvidenceKind" AS ENUM ('benchmark', 'measured');

-- CreateEnum
CREATE TYPE "DemandTestKind" AS ENUM ('waitlist', 'presale');

-- CreateTable
CREATE TABLE "idea_evidence" (
    "idea_id" UUID NOT NULL,
    "field" VARCHAR(40) NOT NULL,
    "kind" "EvidenceKind" NOT NULL,
    "source" VARCHAR(200) NOT NULL,
    "measured_on" DATE,
    "value" DECIMAL(20,8),
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "idea_evidence_pkey" PRIMARY KEY ("idea_id","field")
);

-- AddForeignKey
ALTER TABLE "idea_evidence" ADD CONSTRAINT "idea_evidence_idea_id_fkey" FOREIGN KEY ("idea_id") REFERENCES "ideas"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AlterTable
ALTER TABLE "checklist_items"
  ADD COLUMN "test_kind" "DemandTestKind",
  ADD COLUMN "test_visitors" INTEGER,
  ADD COLUMN "test_sign_ups" INTEGER,
  ADD COLUMN "confirmed_price" DECIMAL(14,2),
  ADD COLUMN "confirmed_fee_rate" DECIMAL(12,8),
  ADD COLUMN "confirmed_fee_per_transaction" DECIMAL(14,2),
  ADD COLUMN "numbers_recorded_at" TIMESTAMPTZ(3);

-- Hand-written: the database refuses what the zod schemas refuse.
-- Guessed is the absence of a row (a product type's default is a guess), so
-- a row is a benchmark or a measurement, always with its source. Only a
-- measurement has a date and a value, and the value obeys its field's range.
ALTER TABLE "idea_evidence"
  ADD CONSTRAINT "idea_evidence_field" CHECK ("field" IN (
    'price', 'monthlyVisitors', 'visitorGrowthRate', 'conversionRate', 'churnRate',
    'refundRate', 'feeRate', 'feePerTransaction', 'supportMinutesPerCustomer',
    'upkeepHoursPerMonth', 'adSpendPerMonth', 'hourlyRate', 'upfrontHours', 'upfrontCash',
    'servicePackageRate', 'servicePackagePrice', 'servicePackageHours')),
  ADD CONSTRAINT "idea_evidence_source" CHECK (length(btrim("source")) > 0),
  ADD CONSTRAINT "idea_evidence_measured" CHECK (
    ("kind" = 'measured') = ("measured_on" IS NOT NULL)
    AND ("kind" = 'measured') = ("value" IS NOT NULL)),
  ADD CONSTRAINT "idea_evidence_value" CHECK (
    CASE
      WHEN "field" = 'visitorGrowthRate' THEN "value" > -1 AND "value" <= 1
      WHEN "field" IN ('conversionRate', 'churnRate', 'refundRate', 'feeRate', 'servicePackageRate') THEN "value" BETWEEN 0 AND 1
      ELSE "value" >= 0
    END);

-- Item 5 (prove the problem) records a demand test: sign-ups or pre-sales
-- out of at least one visitor. Item 1 (how it creates cash flow) records
-- the price and fees the founder confirmed. No other item holds numbers,
-- and numbers always carry the moment they were recorded.
ALTER TABLE "checklist_items"
  ADD CONSTRAINT "checklist_items_demand_test" CHECK (
    ("test_kind" IS NULL AND "test_visitors" IS NULL AND "test_sign_ups" IS NULL)
    OR ("item" = 5 AND "test_kind" IS NOT NULL AND "test_visitors" >= 1
        AND "test_visitors" <= 100000000 AND "test_sign_ups" >= 0 AND "test_sign_ups" <= "test_visitors")),
  ADD CONSTRAINT "checklist_items_confirmed_item" CHECK (
    "item" = 1
    OR ("confirmed_price" IS NULL AND "confirmed_fee_rate" IS NULL AND "confirmed_fee_per_transaction" IS NULL)),
  -- Each confirmed figure may be missing (a NULL passes a CHECK), but never out of range.
  ADD CONSTRAINT "checklist_items_confirmed_values" CHECK (
    "confirmed_price" BETWEEN 0 AND 1000000
    AND "confirmed_fee_rate" BETWEEN 0 AND 1
    AND "confirmed_fee_per_transaction" BETWEEN 0 AND 10000),
  ADD CONSTRAINT "checklist_items_recorded_at" CHECK (
    ("numbers_recorded_at" IS NOT NULL) = ("test_kind" IS NOT NULL OR "confirmed_price" IS NOT NULL
      OR "confirmed_fee_rate" IS NOT NULL OR "confirmed_fee_per_transaction" IS NOT NULL));
