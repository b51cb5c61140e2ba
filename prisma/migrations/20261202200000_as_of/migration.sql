-- The data as it stood at any moment (issue 15), rebuilt from the append-only history in record_revisions.
--
-- Each public table of versioned records has a function `<table>_as_of(t)` returning rows shaped like the table: a
-- record never changed since it was loaded is its row as it is (if it existed at t); a changed one is the state
-- its newest revision up to t recorded (absent if that revision deleted it). The schema `as_of` holds a view of the
-- same name over each function, reading the moment from the transaction's setting `corridor.as_of`: a read run with
-- `search_path = as_of, public` (lib/db/as-of-kysely.ts) sees the past through the very SQL that reads the present.
-- Every name inside these functions is schema-qualified, so they read the real tables whatever the search path.
--
-- A revision's `after` holds the record's form values as text (lib/admin/records/record-writes.ts), so each
-- function turns them back into columns here, the way the admin definitions do; a test holds the two to the same
-- rows (tests/integration/as-of.test.ts: every record changed, then "as of now" equals the tables).

-- A partial date's text ("2024", "2024-03", "2024-03-31") as its first day and its precision (lib/dates/partial-date.ts).
CREATE FUNCTION public.partial_date_start(text) RETURNS date LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE length($1) WHEN 4 THEN ($1 || '-01-01')::date WHEN 7 THEN ($1 || '-01')::date WHEN 10 THEN $1::date END
$$;
CREATE FUNCTION public.partial_date_precision(text) RETURNS "DatePrecision" LANGUAGE sql IMMUTABLE AS $$
  SELECT (CASE length($1) WHEN 4 THEN 'year' WHEN 7 THEN 'month' WHEN 10 THEN 'day' END)::"DatePrecision"
$$;

-- When a record's row was created, if it still exists.
CREATE FUNCTION public.record_created_at(kind "RecordType", record int) RETURNS timestamptz LANGUAGE sql STABLE AS $$
  SELECT CASE kind
    WHEN 'figure' THEN (SELECT created_at FROM public.figures WHERE id = record)
    WHEN 'metric' THEN (SELECT created_at FROM public.metrics WHERE id = record)
    WHEN 'route' THEN (SELECT created_at FROM public.routes WHERE id = record)
    WHEN 'event' THEN (SELECT created_at FROM public.events WHERE id = record)
    WHEN 'ruling' THEN (SELECT created_at FROM public.claim_rulings WHERE id = record)
  END
$$;

-- The state of each changed record of a kind at t: its newest revision in effect by then; `state` is null when that
-- revision deleted it. A revision the system recorded as a record's "create" with no editor is its baseline (the state
-- it had since it was loaded, written at its first change), so it is in effect from the record's creation (from the
-- start for a record since deleted outright); for any other create the row and the revision are of one transaction.
CREATE FUNCTION public.record_states(kind "RecordType", t timestamptz)
RETURNS TABLE (record_id int, state jsonb, changed_at timestamptz, created_at timestamptz)
LANGUAGE sql STABLE AS $$
  SELECT DISTINCT ON (e.record_id) e.record_id,
         CASE WHEN e.after IS NULL OR coalesce((e.after ->> 'deleted')::boolean, false) THEN NULL ELSE e.after END,
         e.effective_at,
         coalesce(public.record_created_at(kind, e.record_id), e.first_at)
  FROM (
    SELECT v.id, v.record_id, v.after,
           CASE WHEN v.action = 'create' AND v.editor_id IS NULL AND v.before IS NULL
                THEN coalesce(public.record_created_at(kind, v.record_id), '-infinity')
                ELSE v.created_at END AS effective_at,
           min(v.created_at) OVER (PARTITION BY v.record_id) AS first_at
    FROM public.record_revisions v
    WHERE v.record_type = kind
  ) e
  WHERE e.effective_at <= t
  ORDER BY e.record_id, e.id DESC
$$;

-- Rows never changed through the history (no revision): as they are, if they existed at t.
CREATE FUNCTION public.unrevised(kind "RecordType", record int) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT NOT EXISTS (SELECT 1 FROM public.record_revisions v WHERE v.record_type = kind AND v.record_id = record)
$$;

CREATE FUNCTION public.metrics_as_of(t timestamptz) RETURNS SETOF public.metrics LANGUAGE sql STABLE AS $$
  SELECT m.* FROM public.metrics m WHERE m.created_at <= t AND public.unrevised('metric', m.id)
  UNION ALL
  SELECT (jsonb_populate_record(NULL::public.metrics, jsonb_build_object(
    'id', s.record_id, 'slug', s.state ->> 'slug', 'name', s.state ->> 'name', 'unit', s.state ->> 'unit',
    'description', s.state ->> 'description', 'category', s.state ->> 'category', 'lookalikes', s.state ->> 'lookalikes',
    'featured', nullif(s.state ->> 'featured', ''), 'version', s.state -> 'version',
    'created_at', s.created_at, 'updated_at', s.changed_at))).*
  FROM public.record_states('metric', t) s WHERE s.state IS NOT NULL
$$;

CREATE FUNCTION public.routes_as_of(t timestamptz) RETURNS SETOF public.routes LANGUAGE sql STABLE AS $$
  SELECT r.* FROM public.routes r WHERE r.created_at <= t AND public.unrevised('route', r.id)
  UNION ALL
  SELECT (jsonb_populate_record(NULL::public.routes, jsonb_build_object(
    'id', s.record_id, 'slug', s.state ->> 'slug', 'name', s.state ->> 'name', 'kind', s.state ->> 'kind',
    'modes', to_jsonb(coalesce(string_to_array(nullif(s.state ->> 'modes', ''), '; '), '{}'::text[])),
    'via', s.state ->> 'via', 'description', s.state ->> 'description', 'position', s.state ->> 'position',
    'version', s.state -> 'version', 'created_at', s.created_at, 'updated_at', s.changed_at))).*
  FROM public.record_states('route', t) s WHERE s.state IS NOT NULL
$$;

-- A route's path is one line per node, "name | country | kind | lat | lon | leg | note" (lib/routes/route-nodes.ts).
CREATE FUNCTION public.route_nodes_as_of(t timestamptz) RETURNS SETOF public.route_nodes LANGUAGE sql STABLE AS $$
  SELECT n.* FROM public.route_nodes n JOIN public.routes r ON r.id = n.route_id
  WHERE r.created_at <= t AND public.unrevised('route', r.id)
  UNION ALL
  SELECT (jsonb_populate_record(NULL::public.route_nodes, jsonb_build_object(
    'route_id', s.record_id, 'seq', line.n, 'name', c.cells[1], 'country', c.cells[2], 'kind', c.cells[3],
    'latitude', c.cells[4], 'longitude', c.cells[5], 'to_next', nullif(c.cells[6], ''), 'note', coalesce(c.cells[7], '')))).*
  FROM public.record_states('route', t) s
  CROSS JOIN LATERAL unnest(string_to_array(nullif(s.state ->> 'nodes', ''), E'\n')) WITH ORDINALITY AS line(text, n)
  CROSS JOIN LATERAL (SELECT string_to_array(line.text, ' | ') AS cells) c
  WHERE s.state IS NOT NULL
$$;

CREATE FUNCTION public.figures_as_of(t timestamptz) RETURNS SETOF public.figures LANGUAGE sql STABLE AS $$
  SELECT f.* FROM public.figures f WHERE f.created_at <= t AND f.deleted_at IS NULL AND public.unrevised('figure', f.id)
  UNION ALL
  SELECT (jsonb_populate_record(NULL::public.figures, jsonb_build_object(
    'id', s.record_id, 'metric_id', m.id, 'route_id', r.id, 'subject', s.state ->> 'subject',
    'period_start', nullif(s.state ->> 'periodStart', ''), 'period_end', nullif(s.state ->> 'periodEnd', ''),
    'period_label', nullif(s.state ->> 'periodLabel', ''), 'value', s.state ->> 'value', 'status', s.state ->> 'status',
    'source_publisher', s.state ->> 'sourcePublisher', 'source_title', s.state ->> 'sourceTitle',
    'source_url', nullif(s.state ->> 'sourceUrl', ''),
    'source_date', public.partial_date_start(nullif(s.state ->> 'sourceDate', '')),
    'source_date_precision', public.partial_date_precision(nullif(s.state ->> 'sourceDate', '')),
    'note', nullif(s.state ->> 'note', ''), 'quoted_speaker', nullif(s.state ->> 'quotedSpeaker', ''),
    'data_owner', nullif(s.state ->> 'dataOwner', ''), 'seed_key', live.seed_key, 'version', s.state -> 'version',
    'created_at', s.created_at, 'updated_at', s.changed_at))).*
  FROM public.record_states('figure', t) s
  JOIN public.metrics_as_of(t) m ON m.slug = s.state ->> 'metric'
  LEFT JOIN public.routes_as_of(t) r ON r.slug = nullif(s.state ->> 'route', '')
  LEFT JOIN public.figures live ON live.id = s.record_id
  WHERE s.state IS NOT NULL
$$;

CREATE FUNCTION public.events_as_of(t timestamptz) RETURNS SETOF public.events LANGUAGE sql STABLE AS $$
  SELECT e.* FROM public.events e WHERE e.created_at <= t AND public.unrevised('event', e.id)
  UNION ALL
  SELECT (jsonb_populate_record(NULL::public.events, jsonb_build_object(
    'id', s.record_id, 'date', public.partial_date_start(s.state ->> 'date'),
    'date_precision', public.partial_date_precision(s.state ->> 'date'), 'title', s.state ->> 'title', 'route_id', r.id,
    'status', s.state ->> 'status', 'source_publisher', s.state ->> 'sourcePublisher',
    'source_title', s.state ->> 'sourceTitle', 'source_url', nullif(s.state ->> 'sourceUrl', ''),
    'source_date', public.partial_date_start(nullif(s.state ->> 'sourceDate', '')),
    'source_date_precision', public.partial_date_precision(nullif(s.state ->> 'sourceDate', '')),
    'seed_key', live.seed_key, 'version', s.state -> 'version', 'created_at', s.created_at, 'updated_at', s.changed_at))).*
  FROM public.record_states('event', t) s
  LEFT JOIN public.routes_as_of(t) r ON r.slug = nullif(s.state ->> 'route', '')
  LEFT JOIN public.events live ON live.id = s.record_id
  WHERE s.state IS NOT NULL
$$;

-- An event's metrics are a slug list in its revisions, "a, b" (lib/admin/records/slug-list.ts).
CREATE FUNCTION public.event_metrics_as_of(t timestamptz) RETURNS SETOF public.event_metrics LANGUAGE sql STABLE AS $$
  SELECT em.* FROM public.event_metrics em JOIN public.events e ON e.id = em.event_id
  WHERE e.created_at <= t AND public.unrevised('event', e.id)
  UNION ALL
  SELECT s.record_id, m.id
  FROM public.record_states('event', t) s
  CROSS JOIN LATERAL unnest(string_to_array(nullif(s.state ->> 'metrics', ''), ', ')) AS slug(text)
  JOIN public.metrics_as_of(t) m ON m.slug = slug.text
  WHERE s.state IS NOT NULL
$$;

-- A ruling names its claim and what it supersedes as "figure:12" / "event:3" (lib/admin/rulings/ruling-input.ts).
CREATE FUNCTION public.claim_rulings_as_of(t timestamptz) RETURNS SETOF public.claim_rulings LANGUAGE sql STABLE AS $$
  SELECT c.* FROM public.claim_rulings c WHERE c.created_at <= t AND public.unrevised('ruling', c.id)
  UNION ALL
  SELECT (jsonb_populate_record(NULL::public.claim_rulings, jsonb_build_object(
    'id', s.record_id, 'claim_kind', split_part(s.state ->> 'claim', ':', 1), 'claim_id', split_part(s.state ->> 'claim', ':', 2),
    'outcome', nullif(s.state ->> 'outcome', ''), 'reason', nullif(s.state ->> 'reason', ''),
    'supersedes_kind', nullif(split_part(s.state ->> 'supersedes', ':', 1), ''),
    'supersedes_id', nullif(split_part(s.state ->> 'supersedes', ':', 2), ''),
    'version', s.state -> 'version', 'created_at', s.created_at, 'updated_at', s.changed_at))).*
  FROM public.record_states('ruling', t) s WHERE s.state IS NOT NULL
$$;

-- The moment an as-of read shows: the transaction's setting, which must be set (an unset one is an error, not now).
CREATE FUNCTION public.as_of_moment() RETURNS timestamptz LANGUAGE sql STABLE AS $$
  SELECT current_setting('corridor.as_of')::timestamptz
$$;

CREATE SCHEMA as_of;
CREATE VIEW as_of.metrics AS SELECT * FROM public.metrics_as_of(public.as_of_moment());
CREATE VIEW as_of.routes AS SELECT * FROM public.routes_as_of(public.as_of_moment());
CREATE VIEW as_of.route_nodes AS SELECT * FROM public.route_nodes_as_of(public.as_of_moment());
CREATE VIEW as_of.figures AS SELECT * FROM public.figures_as_of(public.as_of_moment());
CREATE VIEW as_of.events AS SELECT * FROM public.events_as_of(public.as_of_moment());
CREATE VIEW as_of.event_metrics AS SELECT * FROM public.event_metrics_as_of(public.as_of_moment());
CREATE VIEW as_of.claim_rulings AS SELECT * FROM public.claim_rulings_as_of(public.as_of_moment());
-- The history itself, up to the moment: "what had changed by then" (the changes list, who ruled last).
CREATE VIEW as_of.record_revisions AS SELECT * FROM public.record_revisions WHERE created_at <= public.as_of_moment();
