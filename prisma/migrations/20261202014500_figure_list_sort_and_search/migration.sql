-- Hand-written migration: the public figure list sorts by any column and searches text, and both stay indexed
-- on a million figures. The plain indexes are declared in schema.prisma too; the expression and trigram indexes
-- cannot be, and live here only (Prisma's diff ignores them).

-- pg_trgm is a trusted extension (PostgreSQL 13+: a database owner may create it) and ships with PGlite
-- (loaded in lib/db/pglite-extensions.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Search: a figure's own words in one trigram index; metric and route names are matched in their small tables.
CREATE INDEX "figures_search_trgm_idx" ON "figures" USING gin (
  (lower("subject" || ' ' || "source_publisher" || ' ' || "source_title" || ' ' || coalesce("note", ''))) gin_trgm_ops
);

-- Sorting, one order per index: ascending reads it forwards, descending backwards.
CREATE INDEX "figures_sort_subject_idx" ON "figures" ("subject", "id");
CREATE INDEX "figures_sort_value_idx" ON "figures" ("value", "id");
CREATE INDEX "figures_sort_status_idx" ON "figures" ("status", "id");
CREATE INDEX "figures_sort_source_idx" ON "figures" ("source_publisher", "source_title", "id");
CREATE INDEX "figures_sort_metric_idx" ON "figures" ("metric_id", "id");
CREATE INDEX "figures_sort_route_idx" ON "figures" ("route_id", "id");
-- Blanks come last both ways: ascending by the column itself (NULLS LAST), descending by the column with blanks
-- as the lowest value.
CREATE INDEX "figures_sort_period_idx" ON "figures" ("period_end", "id");
CREATE INDEX "figures_sort_period_desc_idx" ON "figures" ((coalesce("period_end", '-infinity'::date)), "id");
CREATE INDEX "figures_sort_as_of_idx" ON "figures" ("source_date", "id");
CREATE INDEX "figures_sort_as_of_desc_idx" ON "figures" ((coalesce("source_date", '-infinity'::date)), "id");
-- Notes run to 10,000 characters, beyond a B-tree entry: they sort by their first 200.
CREATE INDEX "figures_sort_note_idx" ON "figures" ((left("note", 200)), "id");
CREATE INDEX "figures_sort_note_desc_idx" ON "figures" ((coalesce(left("note", 200), '')), "id");
