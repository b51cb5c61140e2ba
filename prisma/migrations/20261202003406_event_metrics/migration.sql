-- CreateTable
CREATE TABLE "event_metrics" (
    "event_id" INTEGER NOT NULL,
    "metric_id" INTEGER NOT NULL,

    CONSTRAINT "event_metrics_pkey" PRIMARY KEY ("event_id","metric_id")
);

-- CreateIndex
CREATE INDEX "event_metrics_metric_id_event_id_idx" ON "event_metrics"("metric_id", "event_id");

-- AddForeignKey
ALTER TABLE "event_metrics" ADD CONSTRAINT "event_metrics_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_metrics" ADD CONSTRAINT "event_metrics_metric_id_fkey" FOREIGN KEY ("metric_id") REFERENCES "metrics"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
