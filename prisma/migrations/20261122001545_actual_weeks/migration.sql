-- Weekly actuals (issue #9): a week of an idea's real figures, logged by
-- hand or imported from a CSV export.
-- CreateTable
CREATE TABLE "actual_weeks" (
    "idea_id" UUID NOT NULL,
    "week_start" DATE NOT NULL,
    "visitors" INTEGER,
    "sales" INTEGER,
    "refunds" INTEGER,
    "revenue" DECIMAL(14,2),
    "refunded_amount" DECIMAL(14,2),
    "fees" DECIMAL(14,2),
    "hours_spent" DECIMAL(10,2),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "actual_weeks_pkey" PRIMARY KEY ("idea_id","week_start")
);

-- AddForeignKey
ALTER TABLE "actual_weeks" ADD CONSTRAINT "actual_weeks_idea_id_fkey" FOREIGN KEY ("idea_id") REFERENCES "ideas"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: the database refuses what the zod schema refuses. A week
-- starts on a Monday (ISO day 1), figures are never negative, and a week
-- has 168 hours.
ALTER TABLE "actual_weeks"
  ADD CONSTRAINT "actual_weeks_monday" CHECK (EXTRACT(ISODOW FROM "week_start") = 1),
  ADD CONSTRAINT "actual_weeks_figures" CHECK (
    "visitors" >= 0 AND "sales" >= 0 AND "refunds" >= 0 AND "revenue" >= 0
    AND "refunded_amount" >= 0 AND "fees" >= 0),
  ADD CONSTRAINT "actual_weeks_hours" CHECK ("hours_spent" BETWEEN 0 AND 168);
