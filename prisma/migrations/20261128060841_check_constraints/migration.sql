-- Hand-written: CHECK constraints, which Prisma's schema language cannot express (Prisma's diff ignores them,
-- so they cause no drift). They keep bad data out even when a write bypasses the app's validation.

ALTER TABLE "routes"
  ADD CONSTRAINT "routes_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  ADD CONSTRAINT "routes_name_present" CHECK (btrim("name") <> '');

ALTER TABLE "metrics"
  ADD CONSTRAINT "metrics_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(_[a-z0-9]+)*$'),
  ADD CONSTRAINT "metrics_name_present" CHECK (btrim("name") <> ''),
  ADD CONSTRAINT "metrics_unit_present" CHECK (btrim("unit") <> '');

ALTER TABLE "figures"
  ADD CONSTRAINT "figures_period_order" CHECK ("period_end" >= "period_start"),
  ADD CONSTRAINT "figures_value_finite" CHECK ("value" <> 'NaN'::numeric),
  ADD CONSTRAINT "figures_subject_present" CHECK (btrim("subject") <> ''),
  ADD CONSTRAINT "figures_source_present" CHECK (btrim("source_publisher") <> '' AND btrim("source_title") <> ''),
  ADD CONSTRAINT "figures_source_date_precision" CHECK (("source_date" IS NULL) = ("source_date_precision" IS NULL)),
  ADD CONSTRAINT "figures_version_positive" CHECK ("version" >= 1);

ALTER TABLE "events"
  ADD CONSTRAINT "events_title_present" CHECK (btrim("title") <> ''),
  ADD CONSTRAINT "events_source_present" CHECK (btrim("source_publisher") <> '' AND btrim("source_title") <> ''),
  ADD CONSTRAINT "events_source_date_precision" CHECK (("source_date" IS NULL) = ("source_date_precision" IS NULL)),
  ADD CONSTRAINT "events_version_positive" CHECK ("version" >= 1);
