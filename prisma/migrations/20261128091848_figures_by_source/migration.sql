-- CreateIndex
CREATE INDEX "figures_source_publisher_source_title_idx" ON "figures"("source_publisher", "source_title");
