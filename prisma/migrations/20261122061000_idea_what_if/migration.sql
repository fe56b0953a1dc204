-- Duplicate as a what-if (issue #12): a copy remembers its original. When
-- the original is deleted the copy stays, standing on its own.

-- AlterTable
ALTER TABLE "ideas" ADD COLUMN "duplicated_from_id" UUID;

-- CreateIndex
CREATE INDEX "ideas_duplicated_from_id_idx" ON "ideas"("duplicated_from_id");

-- AddForeignKey
ALTER TABLE "ideas" ADD CONSTRAINT "ideas_duplicated_from_id_fkey" FOREIGN KEY ("duplicated_from_id") REFERENCES "ideas"("id") ON DELETE SET NULL ON UPDATE CASCADE;
