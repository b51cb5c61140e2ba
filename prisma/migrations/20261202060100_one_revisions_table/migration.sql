-- One history table for every kind of record: each figure revision moves into record_revisions as it is
-- (editor, action, version, before, after, comment, time), in the order it was written, so a figure's history
-- reads the same before and after. record_revisions stays append-only (its triggers allow INSERT only); the
-- figure_revisions table, its triggers and its CHECKs go with it.
INSERT INTO "record_revisions" ("record_type", "record_id", "editor_id", "action", "version", "before", "after", "comment", "created_at")
SELECT 'figure', "figure_id", "editor_id", "action", "version", "before", "after", "comment", "created_at"
FROM "figure_revisions"
ORDER BY "id";

-- DropForeignKey
ALTER TABLE "figure_revisions" DROP CONSTRAINT "figure_revisions_editor_id_fkey";

-- DropForeignKey
ALTER TABLE "figure_revisions" DROP CONSTRAINT "figure_revisions_figure_id_fkey";

-- DropTable
DROP TABLE "figure_revisions";
