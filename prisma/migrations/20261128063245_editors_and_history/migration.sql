-- CreateEnum
CREATE TYPE "RevisionAction" AS ENUM ('create', 'update', 'delete', 'restore');

-- AlterTable
ALTER TABLE "figures" ADD COLUMN     "deleted_at" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "editors" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL,
    "is_demo" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "editors_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "figure_revisions" (
    "id" SERIAL NOT NULL,
    "figure_id" INTEGER NOT NULL,
    "editor_id" INTEGER,
    "action" "RevisionAction" NOT NULL,
    "version" INTEGER NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "comment" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "figure_revisions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sign_in_attempts" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "client_address" TEXT NOT NULL,
    "succeeded" BOOLEAN NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sign_in_attempts_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "editors_email_key" ON "editors"("email");

-- CreateIndex
CREATE INDEX "figure_revisions_figure_id_id_idx" ON "figure_revisions"("figure_id", "id");

-- CreateIndex
CREATE INDEX "figure_revisions_created_at_idx" ON "figure_revisions"("created_at");

-- CreateIndex
CREATE INDEX "sign_in_attempts_email_created_at_idx" ON "sign_in_attempts"("email", "created_at");

-- CreateIndex
CREATE INDEX "sign_in_attempts_client_address_created_at_idx" ON "sign_in_attempts"("client_address", "created_at");

-- AddForeignKey
ALTER TABLE "figure_revisions" ADD CONSTRAINT "figure_revisions_figure_id_fkey" FOREIGN KEY ("figure_id") REFERENCES "figures"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "figure_revisions" ADD CONSTRAINT "figure_revisions_editor_id_fkey" FOREIGN KEY ("editor_id") REFERENCES "editors"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
