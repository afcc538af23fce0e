-- Trigram indexes on identifiers (searching "23.501" finds "TS 23.501").
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateEnum
CREATE TYPE "group_kind" AS ENUM ('STUDY_GROUP', 'WORKING_PARTY', 'QUESTION', 'JCA', 'FOCUS_GROUP', 'TSG', 'WG', 'AREA', 'ISG', 'TC', 'COMMITTEE', 'OTHER');

-- CreateEnum
CREATE TYPE "generation" AS ENUM ('IMT2020', 'IMT2030', 'BOTH');

-- CreateEnum
CREATE TYPE "approval_process" AS ENUM ('AAP', 'TAP', 'AGREEMENT', 'THREEGPP', 'IETF', 'OTHER');

-- CreateEnum
CREATE TYPE "stage" AS ENUM ('PLANNED', 'DRAFTING', 'UNDER_APPROVAL', 'APPROVED', 'WITHDRAWN', 'SUPERSEDED');

-- CreateEnum
CREATE TYPE "document_kind" AS ENUM ('ITU_RECOMMENDATION', 'ITU_SUPPLEMENT', 'ITU_TECHNICAL_REPORT', 'ITU_TECHNICAL_PAPER', 'THREEGPP_TS', 'THREEGPP_TR', 'IETF_RFC', 'IETF_INTERNET_DRAFT', 'ETSI_GS', 'ETSI_GR', 'ETSI_TS', 'IEEE_STANDARD', 'BBF_TR', 'ORAN_SPECIFICATION', 'OTHER');

-- CreateEnum
CREATE TYPE "editor_role" AS ENUM ('EDITOR', 'CO_EDITOR', 'RAPPORTEUR', 'AUTHOR');

-- CreateEnum
CREATE TYPE "relation_type" AS ENUM ('EQUIVALENT', 'ALIGNED_WITH', 'BASED_ON', 'REFERENCES', 'SUPERSEDES');

-- CreateEnum
CREATE TYPE "liaison_direction" AS ENUM ('INCOMING', 'OUTGOING');

-- CreateEnum
CREATE TYPE "liaison_purpose" AS ENUM ('FOR_ACTION', 'FOR_COMMENT', 'FOR_INFORMATION', 'REPLY');

-- CreateEnum
CREATE TYPE "liaison_state" AS ENUM ('OPEN', 'REPLIED', 'CLOSED');

-- CreateTable
CREATE TABLE "body" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "full_name" TEXT NOT NULL,
    "url" TEXT,
    "sort_order" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "body_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "group" (
    "id" SERIAL NOT NULL,
    "body_id" INTEGER NOT NULL,
    "parent_id" INTEGER,
    "kind" "group_kind" NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "path" TEXT NOT NULL,
    "url" TEXT,
    "sort_order" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "group_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "topic" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "topic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "process_status" (
    "process" "approval_process" NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "stage" "stage" NOT NULL,
    "sort_order" INTEGER NOT NULL,

    CONSTRAINT "process_status_pkey" PRIMARY KEY ("process","code")
);

-- CreateTable
CREATE TABLE "work_item" (
    "id" SERIAL NOT NULL,
    "identifier" TEXT NOT NULL,
    "working_name" TEXT,
    "number" TEXT,
    "title" TEXT NOT NULL,
    "kind" "document_kind" NOT NULL,
    "generation" "generation" NOT NULL,
    "group_id" INTEGER NOT NULL,
    "process" "approval_process" NOT NULL,
    "status_code" TEXT NOT NULL,
    "start_date" DATE,
    "target_date" DATE,
    "approved_date" DATE,
    "summary" TEXT NOT NULL DEFAULT '',
    "base_text_url" TEXT,
    "publication_url" TEXT,
    "document_version" TEXT,
    "search_vector" tsvector,
    "synthetic" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "work_item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "work_item_identifier" (
    "identifier" TEXT NOT NULL,
    "work_item_id" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "work_item_identifier_pkey" PRIMARY KEY ("identifier")
);

-- CreateTable
CREATE TABLE "work_item_topic" (
    "work_item_id" INTEGER NOT NULL,
    "topic_id" INTEGER NOT NULL,

    CONSTRAINT "work_item_topic_pkey" PRIMARY KEY ("work_item_id","topic_id")
);

-- CreateTable
CREATE TABLE "work_item_editor" (
    "id" SERIAL NOT NULL,
    "work_item_id" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "role" "editor_role" NOT NULL DEFAULT 'EDITOR',
    "name" TEXT NOT NULL,
    "affiliation" TEXT,
    "email" TEXT,

    CONSTRAINT "work_item_editor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "status_change" (
    "id" SERIAL NOT NULL,
    "work_item_id" INTEGER NOT NULL,
    "process" "approval_process" NOT NULL,
    "from_code" TEXT,
    "to_code" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "reference" TEXT,
    "note" TEXT,
    "recorded_by" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "status_change_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "work_item_relation" (
    "id" SERIAL NOT NULL,
    "from_id" INTEGER NOT NULL,
    "to_id" INTEGER NOT NULL,
    "type" "relation_type" NOT NULL,
    "note" TEXT,

    CONSTRAINT "work_item_relation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "liaison" (
    "id" SERIAL NOT NULL,
    "reference" TEXT NOT NULL,
    "direction" "liaison_direction" NOT NULL,
    "from_group_id" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "purpose" "liaison_purpose" NOT NULL,
    "date" DATE NOT NULL,
    "deadline" DATE,
    "state" "liaison_state" NOT NULL DEFAULT 'OPEN',
    "in_reply_to_id" INTEGER,
    "document_url" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "liaison_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "liaison_recipient" (
    "liaison_id" INTEGER NOT NULL,
    "group_id" INTEGER NOT NULL,

    CONSTRAINT "liaison_recipient_pkey" PRIMARY KEY ("liaison_id","group_id")
);

-- CreateTable
CREATE TABLE "liaison_work_item" (
    "liaison_id" INTEGER NOT NULL,
    "work_item_id" INTEGER NOT NULL,

    CONSTRAINT "liaison_work_item_pkey" PRIMARY KEY ("liaison_id","work_item_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "body_slug_key" ON "body"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "body_name_key" ON "body"("name");

-- CreateIndex
CREATE UNIQUE INDEX "group_path_key" ON "group"("path");

-- CreateIndex
CREATE INDEX "group_parent_id_idx" ON "group"("parent_id");

-- CreateIndex
CREATE UNIQUE INDEX "group_body_id_code_key" ON "group"("body_id", "code");

-- CreateIndex
CREATE UNIQUE INDEX "topic_slug_key" ON "topic"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "topic_name_key" ON "topic"("name");

-- CreateIndex
CREATE INDEX "process_status_stage_idx" ON "process_status"("stage");

-- CreateIndex
CREATE UNIQUE INDEX "work_item_identifier_key" ON "work_item"("identifier");

-- CreateIndex
CREATE INDEX "work_item_group_id_idx" ON "work_item"("group_id");

-- CreateIndex
CREATE INDEX "work_item_process_status_code_idx" ON "work_item"("process", "status_code");

-- CreateIndex
CREATE INDEX "work_item_kind_idx" ON "work_item"("kind");

-- CreateIndex
CREATE INDEX "work_item_generation_idx" ON "work_item"("generation");

-- CreateIndex
CREATE INDEX "work_item_target_date_idx" ON "work_item"("target_date");

-- CreateIndex
CREATE INDEX "work_item_approved_date_idx" ON "work_item"("approved_date");

-- CreateIndex
CREATE INDEX "work_item_start_date_idx" ON "work_item"("start_date");

-- CreateIndex
CREATE INDEX "work_item_updated_at_idx" ON "work_item"("updated_at");

-- CreateIndex
CREATE INDEX "work_item_title_idx" ON "work_item"("title");

-- CreateIndex
CREATE INDEX "work_item_search_idx" ON "work_item" USING GIN ("search_vector");

-- CreateIndex
CREATE INDEX "work_item_identifier_trgm_idx" ON "work_item" USING GIN ("identifier" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "work_item_number_trgm_idx" ON "work_item" USING GIN ("number" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "work_item_working_name_trgm_idx" ON "work_item" USING GIN ("working_name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "work_item_identifier_work_item_id_idx" ON "work_item_identifier"("work_item_id");

-- CreateIndex
CREATE INDEX "work_item_topic_topic_id_idx" ON "work_item_topic"("topic_id");

-- CreateIndex
CREATE UNIQUE INDEX "work_item_editor_work_item_id_position_key" ON "work_item_editor"("work_item_id", "position");

-- CreateIndex
CREATE INDEX "status_change_work_item_id_date_idx" ON "status_change"("work_item_id", "date");

-- CreateIndex
CREATE INDEX "work_item_relation_to_id_idx" ON "work_item_relation"("to_id");

-- CreateIndex
CREATE UNIQUE INDEX "work_item_relation_from_id_to_id_type_key" ON "work_item_relation"("from_id", "to_id", "type");

-- CreateIndex
CREATE UNIQUE INDEX "liaison_reference_key" ON "liaison"("reference");

-- CreateIndex
CREATE INDEX "liaison_from_group_id_idx" ON "liaison"("from_group_id");

-- CreateIndex
CREATE INDEX "liaison_date_idx" ON "liaison"("date");

-- CreateIndex
CREATE INDEX "liaison_deadline_idx" ON "liaison"("deadline");

-- CreateIndex
CREATE INDEX "liaison_state_idx" ON "liaison"("state");

-- CreateIndex
CREATE INDEX "liaison_in_reply_to_id_idx" ON "liaison"("in_reply_to_id");

-- CreateIndex
CREATE INDEX "liaison_recipient_group_id_idx" ON "liaison_recipient"("group_id");

-- CreateIndex
CREATE INDEX "liaison_work_item_work_item_id_idx" ON "liaison_work_item"("work_item_id");

-- AddForeignKey
ALTER TABLE "group" ADD CONSTRAINT "group_body_id_fkey" FOREIGN KEY ("body_id") REFERENCES "body"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "group" ADD CONSTRAINT "group_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "group"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "work_item" ADD CONSTRAINT "work_item_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "group"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "work_item" ADD CONSTRAINT "work_item_process_status_code_fkey" FOREIGN KEY ("process", "status_code") REFERENCES "process_status"("process", "code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "work_item_identifier" ADD CONSTRAINT "work_item_identifier_work_item_id_fkey" FOREIGN KEY ("work_item_id") REFERENCES "work_item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "work_item_topic" ADD CONSTRAINT "work_item_topic_work_item_id_fkey" FOREIGN KEY ("work_item_id") REFERENCES "work_item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "work_item_topic" ADD CONSTRAINT "work_item_topic_topic_id_fkey" FOREIGN KEY ("topic_id") REFERENCES "topic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "work_item_editor" ADD CONSTRAINT "work_item_editor_work_item_id_fkey" FOREIGN KEY ("work_item_id") REFERENCES "work_item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "status_change" ADD CONSTRAINT "status_change_work_item_id_fkey" FOREIGN KEY ("work_item_id") REFERENCES "work_item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "status_change" ADD CONSTRAINT "status_change_process_from_code_fkey" FOREIGN KEY ("process", "from_code") REFERENCES "process_status"("process", "code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "status_change" ADD CONSTRAINT "status_change_process_to_code_fkey" FOREIGN KEY ("process", "to_code") REFERENCES "process_status"("process", "code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "work_item_relation" ADD CONSTRAINT "work_item_relation_from_id_fkey" FOREIGN KEY ("from_id") REFERENCES "work_item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "work_item_relation" ADD CONSTRAINT "work_item_relation_to_id_fkey" FOREIGN KEY ("to_id") REFERENCES "work_item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "liaison" ADD CONSTRAINT "liaison_from_group_id_fkey" FOREIGN KEY ("from_group_id") REFERENCES "group"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "liaison" ADD CONSTRAINT "liaison_in_reply_to_id_fkey" FOREIGN KEY ("in_reply_to_id") REFERENCES "liaison"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "liaison_recipient" ADD CONSTRAINT "liaison_recipient_liaison_id_fkey" FOREIGN KEY ("liaison_id") REFERENCES "liaison"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "liaison_recipient" ADD CONSTRAINT "liaison_recipient_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "group"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "liaison_work_item" ADD CONSTRAINT "liaison_work_item_liaison_id_fkey" FOREIGN KEY ("liaison_id") REFERENCES "liaison"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "liaison_work_item" ADD CONSTRAINT "liaison_work_item_work_item_id_fkey" FOREIGN KEY ("work_item_id") REFERENCES "work_item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------------
-- What Prisma's schema language cannot say: written by hand, ignored by the drift check.
-- ---------------------------------------------------------------------------------------------

-- Reference data: the statuses of each approval process (lib/domain/lifecycle.ts).
INSERT INTO "process_status" ("process", "code", "name", "stage", "sort_order") VALUES
  ('AAP', 'PROPOSED', 'Proposed new work item', 'PLANNED', 1),
  ('AAP', 'UNDER_STUDY', 'Under study', 'DRAFTING', 2),
  ('AAP', 'CONSENTED', 'Consented', 'UNDER_APPROVAL', 3),
  ('AAP', 'LAST_CALL', 'Last call', 'UNDER_APPROVAL', 4),
  ('AAP', 'LAST_CALL_JUDGMENT', 'Last call judgment', 'UNDER_APPROVAL', 5),
  ('AAP', 'ADDITIONAL_REVIEW', 'Additional review', 'UNDER_APPROVAL', 6),
  ('AAP', 'APPROVED', 'Approved', 'APPROVED', 7),
  ('AAP', 'DISCONTINUED', 'Discontinued', 'WITHDRAWN', 8),
  ('AAP', 'WITHDRAWN', 'Withdrawn', 'WITHDRAWN', 9),
  ('AAP', 'SUPERSEDED', 'Superseded', 'SUPERSEDED', 10),
  ('TAP', 'PROPOSED', 'Proposed new work item', 'PLANNED', 1),
  ('TAP', 'UNDER_STUDY', 'Under study', 'DRAFTING', 2),
  ('TAP', 'DETERMINED', 'Determined', 'UNDER_APPROVAL', 3),
  ('TAP', 'APPROVED', 'Approved', 'APPROVED', 4),
  ('TAP', 'DISCONTINUED', 'Discontinued', 'WITHDRAWN', 5),
  ('TAP', 'WITHDRAWN', 'Withdrawn', 'WITHDRAWN', 6),
  ('TAP', 'SUPERSEDED', 'Superseded', 'SUPERSEDED', 7),
  ('AGREEMENT', 'PROPOSED', 'Proposed new work item', 'PLANNED', 1),
  ('AGREEMENT', 'UNDER_STUDY', 'Under study', 'DRAFTING', 2),
  ('AGREEMENT', 'AGREED', 'Agreed', 'APPROVED', 3),
  ('AGREEMENT', 'DISCONTINUED', 'Discontinued', 'WITHDRAWN', 4),
  ('AGREEMENT', 'WITHDRAWN', 'Withdrawn', 'WITHDRAWN', 5),
  ('AGREEMENT', 'SUPERSEDED', 'Superseded', 'SUPERSEDED', 6),
  ('THREEGPP', 'PLANNED', 'Planned (work item agreed)', 'PLANNED', 1),
  ('THREEGPP', 'DRAFT', 'Draft (0.x)', 'DRAFTING', 2),
  ('THREEGPP', 'FOR_INFORMATION', 'Presented for information (1.x)', 'DRAFTING', 3),
  ('THREEGPP', 'FOR_APPROVAL', 'Presented for approval (2.x)', 'UNDER_APPROVAL', 4),
  ('THREEGPP', 'UNDER_CHANGE_CONTROL', 'Under change control (3.0.0 and later)', 'APPROVED', 5),
  ('THREEGPP', 'WITHDRAWN', 'Withdrawn', 'WITHDRAWN', 6),
  ('THREEGPP', 'SUPERSEDED', 'Superseded', 'SUPERSEDED', 7),
  ('IETF', 'INDIVIDUAL_DRAFT', 'Individual Internet-Draft', 'DRAFTING', 1),
  ('IETF', 'WG_DOCUMENT', 'WG document', 'DRAFTING', 2),
  ('IETF', 'WG_LAST_CALL', 'In WG last call', 'UNDER_APPROVAL', 3),
  ('IETF', 'IESG_EVALUATION', 'IESG evaluation', 'UNDER_APPROVAL', 4),
  ('IETF', 'RFC_EDITOR_QUEUE', 'RFC Editor queue', 'UNDER_APPROVAL', 5),
  ('IETF', 'RFC', 'Published as RFC', 'APPROVED', 6),
  ('IETF', 'EXPIRED', 'Expired', 'WITHDRAWN', 7),
  ('IETF', 'REPLACED', 'Replaced', 'SUPERSEDED', 8),
  ('IETF', 'OBSOLETED', 'Obsoleted', 'SUPERSEDED', 9),
  ('OTHER', 'PLANNED', 'Planned', 'PLANNED', 1),
  ('OTHER', 'DRAFTING', 'Drafting', 'DRAFTING', 2),
  ('OTHER', 'UNDER_APPROVAL', 'Under approval', 'UNDER_APPROVAL', 3),
  ('OTHER', 'PUBLISHED', 'Published', 'APPROVED', 4),
  ('OTHER', 'WITHDRAWN', 'Withdrawn', 'WITHDRAWN', 5),
  ('OTHER', 'SUPERSEDED', 'Superseded', 'SUPERSEDED', 6);

-- Rules that always hold.
ALTER TABLE "body" ADD CONSTRAINT "body_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$');
ALTER TABLE "group" ADD CONSTRAINT "group_path_format" CHECK ("path" ~ '^[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)*$');
ALTER TABLE "group" ADD CONSTRAINT "group_not_own_parent" CHECK ("parent_id" IS DISTINCT FROM "id");
ALTER TABLE "topic" ADD CONSTRAINT "topic_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$');

ALTER TABLE "work_item" ADD CONSTRAINT "work_item_has_name" CHECK ("number" IS NOT NULL OR "working_name" IS NOT NULL);
ALTER TABLE "work_item" ADD CONSTRAINT "work_item_identifier_is_current_name" CHECK ("identifier" = COALESCE("number", "working_name"));
ALTER TABLE "work_item" ADD CONSTRAINT "work_item_identifier_format" CHECK ("identifier" ~ '^[^\s/?#%\\[:cntrl:]]([^/?#%\\[:cntrl:]]{0,118}[^\s/?#%\\[:cntrl:]])?$');
ALTER TABLE "work_item" ADD CONSTRAINT "work_item_title_not_blank" CHECK (btrim("title") <> '');
ALTER TABLE "work_item" ADD CONSTRAINT "work_item_target_after_start" CHECK ("target_date" >= "start_date");
ALTER TABLE "work_item" ADD CONSTRAINT "work_item_approved_after_start" CHECK ("approved_date" >= "start_date");
ALTER TABLE "work_item" ADD CONSTRAINT "work_item_version_positive" CHECK ("version" >= 1);
ALTER TABLE "work_item" ADD CONSTRAINT "work_item_3gpp_version_format" CHECK ("process" <> 'THREEGPP' OR "document_version" IS NULL OR "document_version" ~ '^\d+\.\d+\.\d+$');
ALTER TABLE "work_item" ADD CONSTRAINT "work_item_urls_are_web" CHECK ("base_text_url" ~ '^https?://' AND "publication_url" ~ '^https?://');

ALTER TABLE "work_item_editor" ADD CONSTRAINT "work_item_editor_name_not_blank" CHECK (btrim("name") <> '');
ALTER TABLE "work_item_editor" ADD CONSTRAINT "work_item_editor_email_format" CHECK ("email" ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$');
ALTER TABLE "status_change" ADD CONSTRAINT "status_change_changes" CHECK ("from_code" IS DISTINCT FROM "to_code");
ALTER TABLE "work_item_relation" ADD CONSTRAINT "work_item_relation_not_self" CHECK ("from_id" <> "to_id");

ALTER TABLE "liaison" ADD CONSTRAINT "liaison_reference_format" CHECK ("reference" ~ '^[^\s/?#%\\[:cntrl:]]([^/?#%\\[:cntrl:]]{0,118}[^\s/?#%\\[:cntrl:]])?$');
ALTER TABLE "liaison" ADD CONSTRAINT "liaison_title_not_blank" CHECK (btrim("title") <> '');
ALTER TABLE "liaison" ADD CONSTRAINT "liaison_deadline_after_date" CHECK ("deadline" >= "date");
ALTER TABLE "liaison" ADD CONSTRAINT "liaison_not_reply_to_self" CHECK ("in_reply_to_id" IS DISTINCT FROM "id");
ALTER TABLE "liaison" ADD CONSTRAINT "liaison_version_positive" CHECK ("version" >= 1);
ALTER TABLE "liaison" ADD CONSTRAINT "liaison_url_is_web" CHECK ("document_url" ~ '^https?://');

-- A group's parent belongs to the same body.
CREATE FUNCTION "group_parent_same_body"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."parent_id" IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM "group" p WHERE p."id" = NEW."parent_id" AND p."body_id" = NEW."body_id"
  ) THEN
    RAISE EXCEPTION 'group % has a parent in another body', NEW."path"
      USING ERRCODE = 'check_violation', CONSTRAINT = 'group_parent_same_body';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "group_parent_same_body" BEFORE INSERT OR UPDATE OF "parent_id", "body_id" ON "group"
  FOR EACH ROW EXECUTE FUNCTION "group_parent_same_body"();

-- Every identifier a work item has had is kept, so that old permalinks keep redirecting, and is
-- never given to another item (compared without regard to case).
CREATE UNIQUE INDEX "work_item_identifier_lower_key" ON "work_item_identifier" (lower("identifier"));
CREATE FUNCTION "work_item_keep_identifier"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND NEW."identifier" = OLD."identifier" THEN
    RETURN NEW;
  END IF;
  -- The unique index on lower(identifier) arbitrates, so this stays one index probe however
  -- large the table grows (a cached plan of a SELECT could turn into a sequential scan).
  INSERT INTO "work_item_identifier" ("identifier", "work_item_id") VALUES (NEW."identifier", NEW."id")
    ON CONFLICT ((lower("identifier"))) DO UPDATE SET "identifier" = EXCLUDED."identifier"
    WHERE "work_item_identifier"."work_item_id" = EXCLUDED."work_item_id";
  IF NOT FOUND THEN
    RAISE EXCEPTION 'identifier % is or was the identifier of another work item', NEW."identifier"
      USING ERRCODE = 'unique_violation', CONSTRAINT = 'work_item_identifier_lower_key';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "work_item_keep_identifier" AFTER INSERT OR UPDATE OF "identifier" ON "work_item"
  FOR EACH ROW EXECUTE FUNCTION "work_item_keep_identifier"();

-- Full-text search over identifiers, titles and summaries, weighted in that order, kept in
-- work_item.search_vector (GIN-indexed) so that neither matching nor ranking recomputes it.
CREATE FUNCTION "work_item_search_vector"(identifier text, working_name text, number text, title text, summary text)
  RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN setweight(to_tsvector('simple'::regconfig, coalesce(identifier, '') || ' ' || coalesce(working_name, '') || ' ' || coalesce(number, '')), 'A')
      || setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'B')
      || setweight(to_tsvector('english'::regconfig, coalesce(summary, '')), 'C');
CREATE FUNCTION "work_item_set_search_vector"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."search_vector" := "work_item_search_vector"(NEW."identifier", NEW."working_name", NEW."number", NEW."title", NEW."summary");
  RETURN NEW;
END $$;
CREATE TRIGGER "work_item_set_search_vector" BEFORE INSERT OR UPDATE ON "work_item"
  FOR EACH ROW EXECUTE FUNCTION "work_item_set_search_vector"();
