-- CreateTable
CREATE TABLE "claim_evidence" (
    "figure_id" INTEGER NOT NULL,
    "generation" BIGINT NOT NULL,
    "due" DATE,
    "route_id" INTEGER,
    "outcome" TEXT,

    CONSTRAINT "claim_evidence_pkey" PRIMARY KEY ("figure_id","generation")
);

-- CreateTable
CREATE TABLE "claim_evidence_state" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "changes_seen" BIGINT NOT NULL,

    CONSTRAINT "claim_evidence_state_pkey" PRIMARY KEY ("id")
);

-- Hand-written from here: what Prisma's schema language cannot express.

-- Outcomes the evidence can give; null for a claim without evidence.
ALTER TABLE "claim_evidence" ADD CONSTRAINT "claim_evidence_outcome_check" CHECK ("outcome" IS NULL OR "outcome" IN ('met', 'missed', 'unclear'));

-- The one state row, and only one: never computed yet, so no reader uses the table until the first rewrite.
ALTER TABLE "claim_evidence_state" ADD CONSTRAINT "claim_evidence_state_one_row" CHECK ("id" = 1);
INSERT INTO "claim_evidence_state" ("id", "changes_seen") VALUES (1, -1);
