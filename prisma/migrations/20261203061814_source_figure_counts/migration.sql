-- CreateTable
CREATE TABLE "source_figure_counts" (
    "source_key" TEXT NOT NULL,
    "publisher" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "url" TEXT,
    "date" DATE,
    "date_precision" "DatePrecision",
    "figures" INTEGER NOT NULL,
    "sort_publisher" TEXT NOT NULL,
    "sort_title" TEXT NOT NULL,

    CONSTRAINT "source_figure_counts_pkey" PRIMARY KEY ("source_key")
);

-- CreateIndex
CREATE INDEX "source_figure_counts_sort_publisher_sort_title_date_url_idx" ON "source_figure_counts"("sort_publisher", "sort_title", "date", "url");

-- Hand-written from here: what Prisma's schema language cannot express.

-- /sources lists every cited source with how many figures rely on it. Grouping every figure on each request took
-- 2 s at a million figures (issue 16's bound is 1 s whatever the data); the counts are kept here instead, by
-- statement-level triggers on figures that fold each statement's rows in at once (a bulk insert of 50,000 figures is
-- one grouped upsert, not 50,000). Only live figures count: a soft delete or restore is an update of deleted_at.
CREATE FUNCTION public.source_key(publisher text, title text, url text, date date, date_precision "DatePrecision")
RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT jsonb_build_array(publisher, title, url, date, date_precision)::text
$$;

CREATE FUNCTION public.count_source_figures() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE public.source_figure_counts c SET figures = c.figures - gone.n
    FROM (
      SELECT public.source_key(o.source_publisher, o.source_title, o.source_url, o.source_date, o.source_date_precision) AS k,
             count(*)::int AS n
      FROM old_rows o WHERE o.deleted_at IS NULL GROUP BY 1
    ) gone
    WHERE c.source_key = gone.k;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO public.source_figure_counts AS c
      (source_key, publisher, title, url, date, date_precision, figures, sort_publisher, sort_title)
    SELECT public.source_key(n.source_publisher, n.source_title, n.source_url, n.source_date, n.source_date_precision),
           n.source_publisher, n.source_title, n.source_url, n.source_date, n.source_date_precision, count(*)::int,
           lower(n.source_publisher), lower(n.source_title)
    FROM new_rows n WHERE n.deleted_at IS NULL
    GROUP BY n.source_publisher, n.source_title, n.source_url, n.source_date, n.source_date_precision
    ON CONFLICT (source_key) DO UPDATE SET figures = c.figures + excluded.figures;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    DELETE FROM public.source_figure_counts c
    WHERE c.figures <= 0 AND c.source_key IN (
      SELECT public.source_key(o.source_publisher, o.source_title, o.source_url, o.source_date, o.source_date_precision)
      FROM old_rows o
    );
  END IF;
  RETURN NULL;
END
$$;

-- One trigger a statement kind: a trigger with transition tables may have only one event.
CREATE TRIGGER figures_count_sources_insert AFTER INSERT ON public.figures
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.count_source_figures();
CREATE TRIGGER figures_count_sources_update AFTER UPDATE ON public.figures
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.count_source_figures();
CREATE TRIGGER figures_count_sources_delete AFTER DELETE ON public.figures
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.count_source_figures();

CREATE FUNCTION public.clear_source_figure_counts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM public.source_figure_counts;
  RETURN NULL;
END
$$;
CREATE TRIGGER figures_count_sources_truncate AFTER TRUNCATE ON public.figures
  FOR EACH STATEMENT EXECUTE FUNCTION public.clear_source_figure_counts();

-- The figures already there.
INSERT INTO public.source_figure_counts (source_key, publisher, title, url, date, date_precision, figures, sort_publisher, sort_title)
SELECT public.source_key(source_publisher, source_title, source_url, source_date, source_date_precision),
       source_publisher, source_title, source_url, source_date, source_date_precision, count(*)::int,
       lower(source_publisher), lower(source_title)
FROM public.figures WHERE deleted_at IS NULL
GROUP BY source_publisher, source_title, source_url, source_date, source_date_precision;

-- As of a moment (migration as_of), the counts are those of the figures as they stood then: grouped on the fly from
-- the rebuilt figures, the way /sources read before this table existed.
CREATE VIEW as_of.source_figure_counts AS
SELECT public.source_key(source_publisher, source_title, source_url, source_date, source_date_precision) AS source_key,
       source_publisher AS publisher, source_title AS title, source_url AS url, source_date AS date,
       source_date_precision AS date_precision, count(*)::int AS figures,
       lower(source_publisher) AS sort_publisher, lower(source_title) AS sort_title
FROM as_of.figures WHERE deleted_at IS NULL
GROUP BY source_publisher, source_title, source_url, source_date, source_date_precision;
