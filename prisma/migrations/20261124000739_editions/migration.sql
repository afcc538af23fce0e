-- CreateEnum
CREATE TYPE "edition_status" AS ENUM ('DRAFT', 'PUBLISHED');

-- CreateTable
CREATE TABLE "edition" (
    "id" SERIAL NOT NULL,
    "year" INTEGER NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 0,
    "status" "edition_status" NOT NULL DEFAULT 'DRAFT',
    "scope" JSONB NOT NULL,
    "snapshot" JSONB NOT NULL,
    "snapshot_at" TIMESTAMPTZ(3) NOT NULL,
    "item_count" INTEGER NOT NULL,
    "content_hash" TEXT NOT NULL,
    "supersedes_id" INTEGER,
    "created_by_id" TEXT,
    "created_by_name" TEXT NOT NULL,
    "published_at" TIMESTAMPTZ(3),
    "published_by_name" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "edition_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "edition_supersedes_id_key" ON "edition"("supersedes_id");

-- CreateIndex
CREATE INDEX "edition_status_year_idx" ON "edition"("status", "year");

-- CreateIndex
CREATE UNIQUE INDEX "edition_year_revision_key" ON "edition"("year", "revision");

-- AddForeignKey
ALTER TABLE "edition" ADD CONSTRAINT "edition_supersedes_id_fkey" FOREIGN KEY ("supersedes_id") REFERENCES "edition"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------------
-- Written by hand: what Prisma cannot express.

ALTER TABLE "edition" ADD CONSTRAINT "edition_year_range" CHECK ("year" BETWEEN 2016 AND 2200);
ALTER TABLE "edition" ADD CONSTRAINT "edition_revision_not_negative" CHECK ("revision" >= 0);
ALTER TABLE "edition" ADD CONSTRAINT "edition_published_has_date" CHECK (("status" = 'PUBLISHED') = ("published_at" IS NOT NULL));
ALTER TABLE "edition" ADD CONSTRAINT "edition_snapshot_object" CHECK (jsonb_typeof("snapshot") = 'object' AND jsonb_typeof("scope") = 'object');
ALTER TABLE "edition" ADD CONSTRAINT "edition_item_count" CHECK ("item_count" >= 0);
ALTER TABLE "edition" ADD CONSTRAINT "edition_corrigendum_revision" CHECK (("supersedes_id" IS NULL) = ("revision" = 0));

-- A published edition is the record of what the roadmap said: nothing may change or remove it, by
-- the app or by hand. Drafts may change freely; publishing is the last change a row accepts.
CREATE FUNCTION "edition_published_is_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    RAISE EXCEPTION 'edition cannot be truncated: published editions are permanent'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF OLD."status" = 'PUBLISHED' THEN
    RAISE EXCEPTION 'edition % (revision %) is published and cannot be %', OLD."year", OLD."revision",
      CASE TG_OP WHEN 'DELETE' THEN 'deleted' ELSE 'changed' END
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN CASE TG_OP WHEN 'DELETE' THEN OLD ELSE NEW END;
END;
$$;

CREATE TRIGGER "edition_published_no_update_delete" BEFORE UPDATE OR DELETE ON "edition"
  FOR EACH ROW EXECUTE FUNCTION "edition_published_is_immutable"();
CREATE TRIGGER "edition_no_truncate" BEFORE TRUNCATE ON "edition"
  FOR EACH STATEMENT EXECUTE FUNCTION "edition_published_is_immutable"();

-- A corrigendum supersedes a published edition of the same year, with a higher revision.
CREATE FUNCTION "edition_corrigendum_of_published"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  target "edition"%ROWTYPE;
BEGIN
  IF NEW."supersedes_id" IS NULL THEN
    RETURN NEW;
  END IF;
  SELECT * INTO target FROM "edition" WHERE "id" = NEW."supersedes_id";
  IF target."status" <> 'PUBLISHED' OR target."year" <> NEW."year" OR target."revision" >= NEW."revision" THEN
    RAISE EXCEPTION 'a corrigendum supersedes a published edition of the same year with a lower revision'
      USING ERRCODE = 'check_violation', CONSTRAINT = 'edition_corrigendum_of_published';
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "edition_corrigendum_of_published" BEFORE INSERT OR UPDATE OF "supersedes_id", "year", "revision" ON "edition"
  FOR EACH ROW EXECUTE FUNCTION "edition_corrigendum_of_published"();
