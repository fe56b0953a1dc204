-- Engine contract v2: a service package (hybrid income), the hours the
-- founder can give, and three more stress levers. Defaults keep every
-- existing idea's numbers as they were.
ALTER TABLE "ideas" ADD COLUMN     "available_hours_per_month" DECIMAL(10,2) NOT NULL DEFAULT 40,
ADD COLUMN     "service_package_hours" DECIMAL(10,2) NOT NULL DEFAULT 0,
ADD COLUMN     "service_package_price" DECIMAL(14,2) NOT NULL DEFAULT 0,
ADD COLUMN     "service_package_rate" DECIMAL(12,8) NOT NULL DEFAULT 0,
ADD COLUMN     "stress_build_overrun" DECIMAL(12,8) NOT NULL DEFAULT 0.5,
ADD COLUMN     "stress_growth_rate_add" DECIMAL(12,8) NOT NULL DEFAULT -0.02,
ADD COLUMN     "stress_price_change" DECIMAL(12,8) NOT NULL DEFAULT 0;

-- Hand-written: under v2 a stress lever may only move its input the adverse
-- way, so a profile saved under v1 that softened one (traffic +20 %,
-- conversion +30 %) could make the stress case rosier than the base case.
-- Such a lever is brought to its neutral end: the stress case can only get
-- more honest. The version is bumped so an edit form opened before this
-- migration is refused as stale rather than saving over it.
UPDATE "ideas" SET
  "stress_traffic_change" = LEAST(GREATEST("stress_traffic_change", -1), 0),
  "stress_conversion_change" = LEAST(GREATEST("stress_conversion_change", -1), 0),
  "stress_refund_rate_add" = LEAST(GREATEST("stress_refund_rate_add", 0), 1),
  "stress_support_change" = LEAST(GREATEST("stress_support_change", 0), 5),
  "stress_churn_rate_add" = LEAST(GREATEST("stress_churn_rate_add", 0), 1),
  "stress_upkeep_change" = LEAST(GREATEST("stress_upkeep_change", 0), 5),
  "version" = "version" + 1
WHERE "stress_traffic_change" NOT BETWEEN -1 AND 0
   OR "stress_conversion_change" NOT BETWEEN -1 AND 0
   OR "stress_refund_rate_add" NOT BETWEEN 0 AND 1
   OR "stress_support_change" NOT BETWEEN 0 AND 5
   OR "stress_churn_rate_add" NOT BETWEEN 0 AND 1
   OR "stress_upkeep_change" NOT BETWEEN 0 AND 5;

-- Hand-written: the database refuses what the zod schema refuses (see the
-- init migration): Prisma's diff does not model CHECK constraints.
ALTER TABLE "ideas"
  ADD CONSTRAINT "ideas_service_package" CHECK (
    "service_package_rate" BETWEEN 0 AND 1 AND "service_package_price" >= 0
    AND "service_package_hours" >= 0),
  ADD CONSTRAINT "ideas_available_hours" CHECK ("available_hours_per_month" BETWEEN 0 AND 744),
  ADD CONSTRAINT "ideas_stress_adverse_only" CHECK (
    "stress_price_change" BETWEEN -0.9 AND 0
    AND "stress_traffic_change" BETWEEN -1 AND 0
    AND "stress_growth_rate_add" BETWEEN -1 AND 0
    AND "stress_conversion_change" BETWEEN -1 AND 0
    AND "stress_refund_rate_add" BETWEEN 0 AND 1
    AND "stress_support_change" BETWEEN 0 AND 5
    AND "stress_churn_rate_add" BETWEEN 0 AND 1
    AND "stress_upkeep_change" BETWEEN 0 AND 5
    AND "stress_build_overrun" BETWEEN 0 AND 5);
