-- Hand-written: what Prisma's schema language cannot express. The history of routes, metrics and events is
-- append-only like that of figures, and the same CHECKs keep bad rows out.

-- One message for every history table: name the table the trigger fired on.
CREATE OR REPLACE FUNCTION "refuse_revision_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "record_revisions_append_only"
  BEFORE UPDATE OR DELETE ON "record_revisions"
  FOR EACH ROW EXECUTE FUNCTION "refuse_revision_change"();

CREATE TRIGGER "record_revisions_no_truncate"
  BEFORE TRUNCATE ON "record_revisions"
  FOR EACH STATEMENT EXECUTE FUNCTION "refuse_revision_change"();

ALTER TABLE "record_revisions"
  ADD CONSTRAINT "record_revisions_version_positive" CHECK ("version" >= 1),
  ADD CONSTRAINT "record_revisions_has_state" CHECK ("before" IS NOT NULL OR "after" IS NOT NULL);

ALTER TABLE "routes"
  ADD CONSTRAINT "routes_version_positive" CHECK ("version" >= 1),
  ADD CONSTRAINT "routes_has_mode" CHECK (cardinality("modes") >= 1);

ALTER TABLE "metrics"
  ADD CONSTRAINT "metrics_version_positive" CHECK ("version" >= 1);
