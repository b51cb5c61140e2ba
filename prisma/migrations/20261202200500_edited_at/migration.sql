-- "Last changed" means an editor's change (issue 15). updated_at moves with any write, the seed's own included, so
-- every seeded row looked freshly updated at the moment the database was first filled. edited_at is the time of the
-- newest revision an editor made (record_revisions.editor_id set); the system's revisions (the baseline written at a
-- record's first change, the seed's corrections) have no editor and do not count. Null: no editor has changed it.

-- AlterTable
ALTER TABLE "events" ADD COLUMN     "edited_at" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "figures" ADD COLUMN     "edited_at" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "metrics" ADD COLUMN     "edited_at" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "routes" ADD COLUMN     "edited_at" TIMESTAMPTZ(3);

-- Hand-written from here: what Prisma's schema language cannot express.

-- Set by the history itself, so no write path can forget it: every change of a record is one revision
-- (lib/admin/records/record-writes.ts), written after the change in the same transaction, so the row is there to
-- update (a deleted route, metric or event is not, and needs nothing). Only a later moment moves it forward.
CREATE FUNCTION public.note_record_edited() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  CASE NEW.record_type
    WHEN 'figure' THEN UPDATE public.figures SET edited_at = NEW.created_at
      WHERE id = NEW.record_id AND (edited_at IS NULL OR edited_at < NEW.created_at);
    WHEN 'metric' THEN UPDATE public.metrics SET edited_at = NEW.created_at
      WHERE id = NEW.record_id AND (edited_at IS NULL OR edited_at < NEW.created_at);
    WHEN 'route' THEN UPDATE public.routes SET edited_at = NEW.created_at
      WHERE id = NEW.record_id AND (edited_at IS NULL OR edited_at < NEW.created_at);
    WHEN 'event' THEN UPDATE public.events SET edited_at = NEW.created_at
      WHERE id = NEW.record_id AND (edited_at IS NULL OR edited_at < NEW.created_at);
    ELSE NULL; -- rulings carry no edited_at: nothing shows when one was last changed
  END CASE;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "record_revisions_note_edited" AFTER INSERT ON "record_revisions"
  FOR EACH ROW WHEN (NEW.editor_id IS NOT NULL) EXECUTE FUNCTION public.note_record_edited();

-- The history written so far: each record's newest revision by an editor.
UPDATE "figures" f SET "edited_at" = v.at FROM (
  SELECT record_id, max(created_at) AS at FROM "record_revisions" WHERE record_type = 'figure' AND editor_id IS NOT NULL GROUP BY record_id
) v WHERE v.record_id = f.id;
UPDATE "metrics" m SET "edited_at" = v.at FROM (
  SELECT record_id, max(created_at) AS at FROM "record_revisions" WHERE record_type = 'metric' AND editor_id IS NOT NULL GROUP BY record_id
) v WHERE v.record_id = m.id;
UPDATE "routes" r SET "edited_at" = v.at FROM (
  SELECT record_id, max(created_at) AS at FROM "record_revisions" WHERE record_type = 'route' AND editor_id IS NOT NULL GROUP BY record_id
) v WHERE v.record_id = r.id;
UPDATE "events" e SET "edited_at" = v.at FROM (
  SELECT record_id, max(created_at) AS at FROM "record_revisions" WHERE record_type = 'event' AND editor_id IS NOT NULL GROUP BY record_id
) v WHERE v.record_id = e.id;

-- As of a moment (migration as_of), edited_at is the newest editor's revision up to then. A record never revised
-- has none, so its row's edited_at (null) is right as it is; a revised one is rebuilt from its revisions, now with
-- edited_at. The as_of views were made with the tables' old columns (a view fixes `*` when it is created), so each
-- is made again with the column appended.
CREATE FUNCTION public.record_edited_at(kind "RecordType", record int, t timestamptz) RETURNS timestamptz LANGUAGE sql STABLE AS $$
  SELECT max(v.created_at) FROM public.record_revisions v
  WHERE v.record_type = kind AND v.record_id = record AND v.editor_id IS NOT NULL AND v.created_at <= t
$$;

CREATE OR REPLACE FUNCTION public.metrics_as_of(t timestamptz) RETURNS SETOF public.metrics LANGUAGE sql STABLE AS $$
  SELECT m.* FROM public.metrics m WHERE m.created_at <= t AND public.unrevised('metric', m.id)
  UNION ALL
  SELECT (jsonb_populate_record(NULL::public.metrics, jsonb_build_object(
    'id', s.record_id, 'slug', s.state ->> 'slug', 'name', s.state ->> 'name', 'unit', s.state ->> 'unit',
    'description', s.state ->> 'description', 'category', s.state ->> 'category', 'lookalikes', s.state ->> 'lookalikes',
    'featured', nullif(s.state ->> 'featured', ''), 'version', s.state -> 'version',
    'created_at', s.created_at, 'updated_at', s.changed_at,
    'edited_at', public.record_edited_at('metric', s.record_id, t)))).*
  FROM public.record_states('metric', t) s WHERE s.state IS NOT NULL
$$;

CREATE OR REPLACE FUNCTION public.routes_as_of(t timestamptz) RETURNS SETOF public.routes LANGUAGE sql STABLE AS $$
  SELECT r.* FROM public.routes r WHERE r.created_at <= t AND public.unrevised('route', r.id)
  UNION ALL
  SELECT (jsonb_populate_record(NULL::public.routes, jsonb_build_object(
    'id', s.record_id, 'slug', s.state ->> 'slug', 'name', s.state ->> 'name', 'kind', s.state ->> 'kind',
    'modes', to_jsonb(coalesce(string_to_array(nullif(s.state ->> 'modes', ''), '; '), '{}'::text[])),
    'via', s.state ->> 'via', 'description', s.state ->> 'description', 'position', s.state ->> 'position',
    'version', s.state -> 'version', 'created_at', s.created_at, 'updated_at', s.changed_at,
    'edited_at', public.record_edited_at('route', s.record_id, t)))).*
  FROM public.record_states('route', t) s WHERE s.state IS NOT NULL
$$;

CREATE OR REPLACE FUNCTION public.figures_as_of(t timestamptz) RETURNS SETOF public.figures LANGUAGE sql STABLE AS $$
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
    'created_at', s.created_at, 'updated_at', s.changed_at,
    'edited_at', public.record_edited_at('figure', s.record_id, t)))).*
  FROM public.record_states('figure', t) s
  JOIN public.metrics_as_of(t) m ON m.slug = s.state ->> 'metric'
  LEFT JOIN public.routes_as_of(t) r ON r.slug = nullif(s.state ->> 'route', '')
  LEFT JOIN public.figures live ON live.id = s.record_id
  WHERE s.state IS NOT NULL
$$;

CREATE OR REPLACE FUNCTION public.events_as_of(t timestamptz) RETURNS SETOF public.events LANGUAGE sql STABLE AS $$
  SELECT e.* FROM public.events e WHERE e.created_at <= t AND public.unrevised('event', e.id)
  UNION ALL
  SELECT (jsonb_populate_record(NULL::public.events, jsonb_build_object(
    'id', s.record_id, 'date', public.partial_date_start(s.state ->> 'date'),
    'date_precision', public.partial_date_precision(s.state ->> 'date'), 'title', s.state ->> 'title', 'route_id', r.id,
    'status', s.state ->> 'status', 'source_publisher', s.state ->> 'sourcePublisher',
    'source_title', s.state ->> 'sourceTitle', 'source_url', nullif(s.state ->> 'sourceUrl', ''),
    'source_date', public.partial_date_start(nullif(s.state ->> 'sourceDate', '')),
    'source_date_precision', public.partial_date_precision(nullif(s.state ->> 'sourceDate', '')),
    'seed_key', live.seed_key, 'version', s.state -> 'version', 'created_at', s.created_at, 'updated_at', s.changed_at,
    'edited_at', public.record_edited_at('event', s.record_id, t)))).*
  FROM public.record_states('event', t) s
  LEFT JOIN public.routes_as_of(t) r ON r.slug = nullif(s.state ->> 'route', '')
  LEFT JOIN public.events live ON live.id = s.record_id
  WHERE s.state IS NOT NULL
$$;

CREATE OR REPLACE VIEW as_of.metrics AS SELECT * FROM public.metrics_as_of(public.as_of_moment());
CREATE OR REPLACE VIEW as_of.routes AS SELECT * FROM public.routes_as_of(public.as_of_moment());
CREATE OR REPLACE VIEW as_of.figures AS SELECT * FROM public.figures_as_of(public.as_of_moment());
CREATE OR REPLACE VIEW as_of.events AS SELECT * FROM public.events_as_of(public.as_of_moment());
