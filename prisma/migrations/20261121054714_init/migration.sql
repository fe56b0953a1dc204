-- CreateEnum
CREATE TYPE "ProductType" AS ENUM ('template', 'ebook', 'course', 'software', 'membership', 'community', 'digital_download', 'content_library', 'affiliate', 'licensing');

-- CreateEnum
CREATE TYPE "PricingModel" AS ENUM ('one_time', 'subscription');

-- CreateEnum
CREATE TYPE "BuildTestKey" AS ENUM ('proven_demand', 'sells_without_you', 'low_upkeep', 'compounds');

-- CreateEnum
CREATE TYPE "BuildTestAnswer" AS ENUM ('yes', 'no', 'unknown');

-- CreateTable
CREATE TABLE "ideas" (
    "id" UUID NOT NULL,
    "owner_id" VARCHAR(64) NOT NULL,
    "name" VARCHAR(120) NOT NULL,
    "product_type" "ProductType" NOT NULL,
    "problem" VARCHAR(2000) NOT NULL DEFAULT '',
    "audience" VARCHAR(2000) NOT NULL DEFAULT '',
    "pricing_model" "PricingModel" NOT NULL,
    "price" DECIMAL(14,2) NOT NULL,
    "monthly_visitors" DECIMAL(14,2) NOT NULL,
    "visitor_growth_rate" DECIMAL(12,8) NOT NULL,
    "conversion_rate" DECIMAL(12,8) NOT NULL,
    "refund_rate" DECIMAL(12,8) NOT NULL,
    "fee_rate" DECIMAL(12,8) NOT NULL,
    "fee_per_transaction" DECIMAL(14,2) NOT NULL,
    "churn_rate" DECIMAL(12,8) NOT NULL,
    "support_minutes_per_customer" DECIMAL(10,2) NOT NULL,
    "upkeep_hours_per_month" DECIMAL(10,2) NOT NULL,
    "ad_spend_per_month" DECIMAL(14,2) NOT NULL,
    "hourly_rate" DECIMAL(14,2) NOT NULL,
    "upfront_hours" DECIMAL(10,2) NOT NULL,
    "upfront_cash" DECIMAL(14,2) NOT NULL,
    "horizon_months" INTEGER NOT NULL,
    "stress_traffic_change" DECIMAL(12,8) NOT NULL DEFAULT -0.4,
    "stress_conversion_change" DECIMAL(12,8) NOT NULL DEFAULT -0.3,
    "stress_refund_rate_add" DECIMAL(12,8) NOT NULL DEFAULT 0.05,
    "stress_support_change" DECIMAL(12,8) NOT NULL DEFAULT 0.5,
    "stress_churn_rate_add" DECIMAL(12,8) NOT NULL DEFAULT 0.03,
    "stress_upkeep_change" DECIMAL(12,8) NOT NULL DEFAULT 0.25,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ideas_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "checklist_items" (
    "idea_id" UUID NOT NULL,
    "item" SMALLINT NOT NULL,
    "done" BOOLEAN NOT NULL DEFAULT false,
    "done_at" TIMESTAMPTZ(3),
    "evidence" VARCHAR(2000) NOT NULL DEFAULT '',
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "checklist_items_pkey" PRIMARY KEY ("idea_id","item")
);

-- CreateTable
CREATE TABLE "build_tests" (
    "idea_id" UUID NOT NULL,
    "test" "BuildTestKey" NOT NULL,
    "answer" "BuildTestAnswer" NOT NULL DEFAULT 'unknown',
    "note" VARCHAR(2000) NOT NULL DEFAULT '',
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "build_tests_pkey" PRIMARY KEY ("idea_id","test")
);

-- CreateIndex
CREATE INDEX "ideas_owner_id_created_at_idx" ON "ideas"("owner_id", "created_at");

-- AddForeignKey
ALTER TABLE "checklist_items" ADD CONSTRAINT "checklist_items_idea_id_fkey" FOREIGN KEY ("idea_id") REFERENCES "ideas"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "build_tests" ADD CONSTRAINT "build_tests_idea_id_fkey" FOREIGN KEY ("idea_id") REFERENCES "ideas"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: the database refuses what the zod schema refuses, so no
-- writer (a script, a future bug) can store numbers the engine cannot use.
-- Prisma's diff does not model CHECK constraints, so the drift test ignores them.
ALTER TABLE "ideas"
  ADD CONSTRAINT "ideas_rates_fraction" CHECK (
    "conversion_rate" BETWEEN 0 AND 1 AND "refund_rate" BETWEEN 0 AND 1
    AND "fee_rate" BETWEEN 0 AND 1 AND "churn_rate" BETWEEN 0 AND 1),
  ADD CONSTRAINT "ideas_growth_range" CHECK ("visitor_growth_rate" > -1 AND "visitor_growth_rate" <= 1),
  ADD CONSTRAINT "ideas_non_negative" CHECK (
    "price" >= 0 AND "monthly_visitors" >= 0 AND "fee_per_transaction" >= 0
    AND "support_minutes_per_customer" >= 0 AND "upkeep_hours_per_month" >= 0
    AND "ad_spend_per_month" >= 0 AND "hourly_rate" >= 0
    AND "upfront_hours" >= 0 AND "upfront_cash" >= 0),
  ADD CONSTRAINT "ideas_horizon_range" CHECK ("horizon_months" BETWEEN 1 AND 120),
  ADD CONSTRAINT "ideas_version_positive" CHECK ("version" >= 1),
  ADD CONSTRAINT "ideas_name_not_blank" CHECK (length(btrim("name")) > 0);

ALTER TABLE "checklist_items"
  ADD CONSTRAINT "checklist_items_item_range" CHECK ("item" BETWEEN 1 AND 5);
