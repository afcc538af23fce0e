-- CreateTable
CREATE TABLE "auth_attempt" (
    "id" BIGSERIAL NOT NULL,
    "key_hash" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "auth_attempt_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "auth_attempt_key_hash_at_idx" ON "auth_attempt"("key_hash", "at");

-- CreateIndex
CREATE INDEX "auth_attempt_at_idx" ON "auth_attempt"("at");
