-- CreateEnum
CREATE TYPE "RouteKind" AS ENUM ('instc', 'alternative');

-- CreateEnum
CREATE TYPE "MetricCategory" AS ENUM ('trade', 'transit', 'infrastructure', 'route');

-- CreateEnum
CREATE TYPE "FigureStatus" AS ENUM ('reported', 'claim', 'forecast', 'plan');

-- CreateEnum
CREATE TYPE "EventStatus" AS ENUM ('happened', 'planned');

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('day', 'month', 'year');

-- CreateTable
CREATE TABLE "routes" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "RouteKind" NOT NULL,
    "modes" TEXT[],
    "via" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "routes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "metrics" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "category" "MetricCategory" NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "metrics_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "figures" (
    "id" SERIAL NOT NULL,
    "metric_id" INTEGER NOT NULL,
    "route_id" INTEGER,
    "subject" TEXT NOT NULL,
    "period_start" DATE,
    "period_end" DATE,
    "period_label" TEXT,
    "value" DECIMAL NOT NULL,
    "status" "FigureStatus" NOT NULL,
    "source_publisher" TEXT NOT NULL,
    "source_title" TEXT NOT NULL,
    "source_url" TEXT,
    "source_date" DATE,
    "source_date_precision" "DatePrecision",
    "note" TEXT,
    "seed_key" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "figures_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "events" (
    "id" SERIAL NOT NULL,
    "date" DATE NOT NULL,
    "date_precision" "DatePrecision" NOT NULL,
    "title" TEXT NOT NULL,
    "route_id" INTEGER,
    "status" "EventStatus" NOT NULL,
    "source_publisher" TEXT NOT NULL,
    "source_title" TEXT NOT NULL,
    "source_url" TEXT,
    "source_date" DATE,
    "source_date_precision" "DatePrecision",
    "seed_key" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "events_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "routes_slug_key" ON "routes"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "metrics_slug_key" ON "metrics"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "figures_seed_key_key" ON "figures"("seed_key");

-- CreateIndex
CREATE INDEX "figures_metric_id_route_id_period_end_idx" ON "figures"("metric_id", "route_id", "period_end");

-- CreateIndex
CREATE INDEX "figures_route_id_metric_id_idx" ON "figures"("route_id", "metric_id");

-- CreateIndex
CREATE INDEX "figures_period_start_period_end_idx" ON "figures"("period_start", "period_end");

-- CreateIndex
CREATE UNIQUE INDEX "events_seed_key_key" ON "events"("seed_key");

-- CreateIndex
CREATE INDEX "events_date_idx" ON "events"("date");

-- CreateIndex
CREATE INDEX "events_route_id_date_idx" ON "events"("route_id", "date");

-- AddForeignKey
ALTER TABLE "figures" ADD CONSTRAINT "figures_metric_id_fkey" FOREIGN KEY ("metric_id") REFERENCES "metrics"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "figures" ADD CONSTRAINT "figures_route_id_fkey" FOREIGN KEY ("route_id") REFERENCES "routes"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "events" ADD CONSTRAINT "events_route_id_fkey" FOREIGN KEY ("route_id") REFERENCES "routes"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
