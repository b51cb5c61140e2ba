-- CreateEnum
CREATE TYPE "ClaimKind" AS ENUM ('figure', 'event');

-- CreateEnum
CREATE TYPE "RulingOutcome" AS ENUM ('met', 'missed', 'overdue', 'withdrawn');

-- AlterEnum
ALTER TYPE "RecordType" ADD VALUE 'ruling';

-- CreateTable
CREATE TABLE "claim_rulings" (
    "id" SERIAL NOT NULL,
    "claim_kind" "ClaimKind" NOT NULL,
    "claim_id" INTEGER NOT NULL,
    "outcome" "RulingOutcome",
    "reason" TEXT,
    "supersedes_kind" "ClaimKind",
    "supersedes_id" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "claim_rulings_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "claim_rulings_supersedes_kind_supersedes_id_idx" ON "claim_rulings"("supersedes_kind", "supersedes_id");

-- CreateIndex
CREATE UNIQUE INDEX "claim_rulings_claim_kind_claim_id_key" ON "claim_rulings"("claim_kind", "claim_id");
