-- CreateTable
CREATE TABLE "edition_seal" (
    "edition_id" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "revision" INTEGER NOT NULL,
    "snapshot_sha256" TEXT NOT NULL,
    "key_id" TEXT NOT NULL,
    "hmac" TEXT NOT NULL,
    "sealed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "edition_seal_pkey" PRIMARY KEY ("edition_id")
);

-- CreateTable
CREATE TABLE "edition_file" (
    "edition_id" INTEGER NOT NULL,
    "format" TEXT NOT NULL,
    "lang" TEXT NOT NULL DEFAULT 'en',
    "bytes" BYTEA NOT NULL,
    "byte_size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "key_id" TEXT NOT NULL,
    "hmac" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "edition_file_pkey" PRIMARY KEY ("edition_id","format","lang")
);

-- AddForeignKey
ALTER TABLE "edition_seal" ADD CONSTRAINT "edition_seal_edition_id_fkey" FOREIGN KEY ("edition_id") REFERENCES "edition"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "edition_file" ADD CONSTRAINT "edition_file_edition_id_fkey" FOREIGN KEY ("edition_id") REFERENCES "edition"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------------
-- Written by hand: what Prisma cannot express. Decision 011.

ALTER TABLE "edition_file" ADD CONSTRAINT "edition_file_format" CHECK ("format" IN ('docx', 'pdf', 'xlsx', 'json'));
ALTER TABLE "edition_file" ADD CONSTRAINT "edition_file_lang" CHECK ("lang" IN ('en', 'fr', 'es', 'ru', 'zh', 'ar'));
ALTER TABLE "edition_file" ADD CONSTRAINT "edition_file_size" CHECK ("byte_size" = octet_length("bytes"));
ALTER TABLE "edition_file" ADD CONSTRAINT "edition_file_digests" CHECK ("sha256" ~ '^[0-9a-f]{64}$' AND "hmac" ~ '^[0-9a-f]{64}$');
ALTER TABLE "edition_seal" ADD CONSTRAINT "edition_seal_digests" CHECK ("snapshot_sha256" ~ '^[0-9a-f]{64}$' AND "hmac" ~ '^[0-9a-f]{64}$');
-- DOCX, XLSX and PDF are compressed already: TOAST stores them out of line without trying again.
ALTER TABLE "edition_file" ALTER COLUMN "bytes" SET STORAGE EXTERNAL;

-- A seal and the stored files are part of a published edition: like the edition row itself they
-- can never be changed or removed, by the app or by hand. They are inserted only for a published
-- edition: at publication, when a language is first asked for, or by `npm run edition -- sign` for
-- editions published before this migration (which has no key to sign them with; until they are
-- signed the app refuses to serve them).
CREATE FUNCTION "edition_sealed_rows_are_permanent"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    RAISE EXCEPTION '% cannot be truncated: published editions are permanent', TG_TABLE_NAME
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF TG_OP <> 'INSERT' THEN
    RAISE EXCEPTION '% rows belong to a published edition and cannot be %', TG_TABLE_NAME,
      CASE TG_OP WHEN 'DELETE' THEN 'deleted' ELSE 'changed' END
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM "edition" WHERE "id" = NEW."edition_id" AND "status" = 'PUBLISHED') THEN
    RAISE EXCEPTION 'only a published edition has % rows', TG_TABLE_NAME
      USING ERRCODE = 'check_violation', CONSTRAINT = 'edition_sealed_rows_are_permanent';
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "edition_seal_permanent" BEFORE INSERT OR UPDATE OR DELETE ON "edition_seal"
  FOR EACH ROW EXECUTE FUNCTION "edition_sealed_rows_are_permanent"();
CREATE TRIGGER "edition_seal_no_truncate" BEFORE TRUNCATE ON "edition_seal"
  FOR EACH STATEMENT EXECUTE FUNCTION "edition_sealed_rows_are_permanent"();
CREATE TRIGGER "edition_file_permanent" BEFORE INSERT OR UPDATE OR DELETE ON "edition_file"
  FOR EACH ROW EXECUTE FUNCTION "edition_sealed_rows_are_permanent"();
CREATE TRIGGER "edition_file_no_truncate" BEFORE TRUNCATE ON "edition_file"
  FOR EACH STATEMENT EXECUTE FUNCTION "edition_sealed_rows_are_permanent"();
