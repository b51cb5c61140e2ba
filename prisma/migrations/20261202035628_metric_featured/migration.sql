-- AlterTable
ALTER TABLE "metrics" ADD COLUMN     "featured" INTEGER;

-- A place among the overview's headline cards is a small positive number; the admin form says so first.
ALTER TABLE "metrics" ADD CONSTRAINT "metrics_featured_range" CHECK ("featured" IS NULL OR ("featured" >= 1 AND "featured" <= 99));
