-- AlterEnum
ALTER TYPE "MetricCategory" ADD VALUE 'maritime';
