-- CreateEnum
CREATE TYPE "RecordType" AS ENUM ('route', 'metric', 'event');

-- AlterTable
ALTER TABLE "metrics" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "routes" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "record_revisions" (
    "id" SERIAL NOT NULL,
    "record_type" "RecordType" NOT NULL,
    "record_id" INTEGER NOT NULL,
    "editor_id" INTEGER,
    "action" "RevisionAction" NOT NULL,
    "version" INTEGER NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "comment" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "record_revisions_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "record_revisions_record_type_record_id_id_idx" ON "record_revisions"("record_type", "record_id", "id");

-- CreateIndex
CREATE INDEX "record_revisions_created_at_idx" ON "record_revisions"("created_at");

-- AddForeignKey
ALTER TABLE "record_revisions" ADD CONSTRAINT "record_revisions_editor_id_fkey" FOREIGN KEY ("editor_id") REFERENCES "editors"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
