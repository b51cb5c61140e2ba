-- AlterTable
ALTER TABLE "metrics" ADD COLUMN     "overview_trend" INTEGER;

-- Hand-written from here: what Prisma's schema language cannot express.

-- Which metrics the overview charts as trends, and in which order, is the editors' choice (issue 13), as its headline
-- cards are (featured); a place is a small positive number, and the admin form says so first.
ALTER TABLE "metrics" ADD CONSTRAINT "metrics_overview_trend_range"
  CHECK ("overview_trend" IS NULL OR ("overview_trend" >= 1 AND "overview_trend" <= 99));

-- As of a moment (migration as_of), a revised metric is rebuilt from its revisions' states, now with its place among
-- the trends (a state written before this column has none: null). The view is made again with the column appended,
-- since a view fixes `*` when it is created.
CREATE OR REPLACE FUNCTION public.metrics_as_of(t timestamptz) RETURNS SETOF public.metrics LANGUAGE sql STABLE AS $$
  SELECT m.* FROM public.metrics m WHERE m.created_at <= t AND public.unrevised('metric', m.id)
  UNION ALL
  SELECT (jsonb_populate_record(NULL::public.metrics, jsonb_build_object(
    'id', s.record_id, 'slug', s.state ->> 'slug', 'name', s.state ->> 'name', 'unit', s.state ->> 'unit',
    'description', s.state ->> 'description', 'category', s.state ->> 'category', 'lookalikes', s.state ->> 'lookalikes',
    'featured', nullif(s.state ->> 'featured', ''), 'overview_trend', nullif(s.state ->> 'overviewTrend', ''),
    'version', s.state -> 'version', 'created_at', s.created_at, 'updated_at', s.changed_at,
    'edited_at', public.record_edited_at('metric', s.record_id, t)))).*
  FROM public.record_states('metric', t) s WHERE s.state IS NOT NULL
$$;

CREATE OR REPLACE VIEW as_of.metrics AS SELECT * FROM public.metrics_as_of(public.as_of_moment());
