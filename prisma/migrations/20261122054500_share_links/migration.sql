-- Read-only share links (issue #12): only the SHA-256 (hex) of each token is
-- stored, and deleting the idea deletes its links.
-- CreateTable
CREATE TABLE "share_links" (
    "id" UUID NOT NULL,
    "idea_id" UUID NOT NULL,
    "token_hash" CHAR(64) NOT NULL,
    "label" VARCHAR(80) NOT NULL DEFAULT '',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revoked_at" TIMESTAMPTZ(3),
    "last_viewed_at" TIMESTAMPTZ(3),

    CONSTRAINT "share_links_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "share_links_token_hash_key" ON "share_links"("token_hash");

-- CreateIndex
CREATE INDEX "share_links_idea_id_created_at_idx" ON "share_links"("idea_id", "created_at");

-- AddForeignKey
ALTER TABLE "share_links" ADD CONSTRAINT "share_links_idea_id_fkey" FOREIGN KEY ("idea_id") REFERENCES "ideas"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: the hash is lower-case hex, as lib/share/token.ts writes it.
ALTER TABLE "share_links"
  ADD CONSTRAINT "share_links_token_hash" CHECK ("token_hash" ~ '^[0-9a-f]{64}$');
