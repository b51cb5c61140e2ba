-- AlterEnum
ALTER TYPE "RecordType" ADD VALUE 'figure';
