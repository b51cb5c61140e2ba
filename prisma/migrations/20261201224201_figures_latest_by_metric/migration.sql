-- CreateIndex
CREATE INDEX "figures_metric_id_period_end_idx" ON "figures"("metric_id", "period_end");
