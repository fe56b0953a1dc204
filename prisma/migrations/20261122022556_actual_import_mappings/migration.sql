-- The column mappings a founder confirmed when importing actuals (issue #9:
-- "map the columns once"), per idea, so the next export of the same tool is
-- read the same way without asking again. One row per set of columns: the
-- latest mapping of the same columns replaces the one before.
-- CreateTable
CREATE TABLE "actual_import_mappings" (
    "idea_id" UUID NOT NULL,
    "columns_key" VARCHAR(2000) NOT NULL,
    "mapping" JSONB NOT NULL,
    "used_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "actual_import_mappings_pkey" PRIMARY KEY ("idea_id","columns_key")
);

-- AddForeignKey
ALTER TABLE "actual_import_mappings" ADD CONSTRAINT "actual_import_mappings_idea_id_fkey" FOREIGN KEY ("idea_id") REFERENCES "ideas"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: a mapping is an object of one of the two kinds the import
-- reads (lib/actuals/mapping.ts), and small, and the key is never empty.
ALTER TABLE "actual_import_mappings"
  ADD CONSTRAINT "actual_import_mappings_mapping" CHECK (
    jsonb_typeof("mapping") = 'object'
    AND "mapping"->>'kind' IN ('payments', 'totals')
    AND octet_length("mapping"::text) <= 8000),
  ADD CONSTRAINT "actual_import_mappings_key" CHECK (length("columns_key") > 0);
