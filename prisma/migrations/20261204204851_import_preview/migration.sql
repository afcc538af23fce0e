-- CreateTable
CREATE TABLE "import_preview" (
    "token_hash" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "file_sha256" TEXT NOT NULL,
    "options" JSONB NOT NULL,
    "lines" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "import_preview_pkey" PRIMARY KEY ("token_hash")
);

-- CreateIndex
CREATE INDEX "import_preview_expires_at_idx" ON "import_preview"("expires_at");

-- CreateIndex
CREATE INDEX "import_preview_user_id_idx" ON "import_preview"("user_id");
