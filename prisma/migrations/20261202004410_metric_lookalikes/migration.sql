-- AlterTable
ALTER TABLE "metrics" ADD COLUMN     "lookalikes" TEXT NOT NULL DEFAULT '';
