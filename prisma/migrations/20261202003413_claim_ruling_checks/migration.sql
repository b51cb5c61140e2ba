-- Hand-written: CHECK constraints on claim rulings (Prisma's schema language cannot express them). A ruling's
-- outcome always comes with its reason; a supersedes link names both a kind and an id, and never the claim itself;
-- a row says something (a ruling, a link, or both).

ALTER TABLE "claim_rulings"
  ADD CONSTRAINT "claim_rulings_outcome_has_reason" CHECK (("outcome" IS NULL) = ("reason" IS NULL)),
  ADD CONSTRAINT "claim_rulings_reason_present" CHECK ("reason" IS NULL OR btrim("reason") <> ''),
  ADD CONSTRAINT "claim_rulings_supersedes_pair" CHECK (("supersedes_kind" IS NULL) = ("supersedes_id" IS NULL)),
  ADD CONSTRAINT "claim_rulings_not_self" CHECK (NOT ("supersedes_kind" = "claim_kind" AND "supersedes_id" = "claim_id")),
  ADD CONSTRAINT "claim_rulings_says_something" CHECK ("outcome" IS NOT NULL OR "supersedes_kind" IS NOT NULL),
  ADD CONSTRAINT "claim_rulings_version_positive" CHECK ("version" >= 1);
