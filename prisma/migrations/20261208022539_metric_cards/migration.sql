-- AlterTable
ALTER TABLE "metrics" ADD COLUMN     "card_metrics" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "progress_against" TEXT NOT NULL DEFAULT '';

-- Hand-written from here: what Prisma's schema language cannot express.

-- A headline card's progress and the metrics it lists were the code's choice (the Rasht–Astara card named its five
-- metrics); now they are metric fields an editor sets (issue 13), kept in the metric's history like the rest. A
-- metric is never its own whole.
ALTER TABLE "metrics" ADD CONSTRAINT "metrics_progress_against_other" CHECK ("progress_against" <> "slug");

-- As of a moment (migration as_of), a revised metric is rebuilt from its revisions' states, now with these two
-- fields (a state written before them has neither: ""). The view is made again with the columns appended, since a
-- view fixes `*` when it is created.
CREATE OR REPLACE FUNCTION public.metrics_as_of(t timestamptz) RETURNS SETOF public.metrics LANGUAGE sql STABLE AS $$
  SELECT m.* FROM public.metrics m WHERE m.created_at <= t AND public.unrevised('metric', m.id)
  UNION ALL
  SELECT (jsonb_populate_record(NULL::public.metrics, jsonb_build_object(
    'id', s.record_id, 'slug', s.state ->> 'slug', 'name', s.state ->> 'name', 'unit', s.state ->> 'unit',
    'description', s.state ->> 'description', 'category', s.state ->> 'category', 'lookalikes', s.state ->> 'lookalikes',
    'featured', nullif(s.state ->> 'featured', ''), 'overview_trend', nullif(s.state ->> 'overviewTrend', ''),
    'version', s.state -> 'version', 'created_at', s.created_at, 'updated_at', s.changed_at,
    'edited_at', public.record_edited_at('metric', s.record_id, t),
    'card_metrics', coalesce(s.state ->> 'cardMetrics', ''),
    'progress_against', coalesce(s.state ->> 'progressAgainst', '')))).*
  FROM public.record_states('metric', t) s WHERE s.state IS NOT NULL
$$;

CREATE OR REPLACE VIEW as_of.metrics AS SELECT * FROM public.metrics_as_of(public.as_of_moment());
