-- AlterTable
ALTER TABLE "figures" ADD COLUMN     "data_owner" TEXT,
ADD COLUMN     "quoted_speaker" TEXT;
