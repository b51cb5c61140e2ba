-- Hand-written: what Prisma's schema language cannot express. History is append-only: a revision, once written,
-- can be neither changed nor removed, whatever the client. CHECKs keep bad rows out as in check_constraints.

CREATE FUNCTION "refuse_revision_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'figure_revisions is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "figure_revisions_append_only"
  BEFORE UPDATE OR DELETE ON "figure_revisions"
  FOR EACH ROW EXECUTE FUNCTION "refuse_revision_change"();

CREATE TRIGGER "figure_revisions_no_truncate"
  BEFORE TRUNCATE ON "figure_revisions"
  FOR EACH STATEMENT EXECUTE FUNCTION "refuse_revision_change"();

ALTER TABLE "figure_revisions"
  ADD CONSTRAINT "figure_revisions_version_positive" CHECK ("version" >= 1),
  ADD CONSTRAINT "figure_revisions_has_state" CHECK ("before" IS NOT NULL OR "after" IS NOT NULL);

ALTER TABLE "editors"
  ADD CONSTRAINT "editors_email_normalised" CHECK ("email" = lower(btrim("email")) AND "email" LIKE '%_@_%'),
  ADD CONSTRAINT "editors_password_hash_argon2id" CHECK ("password_hash" LIKE '$argon2id$%');
