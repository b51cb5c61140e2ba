-- CreateTable
CREATE TABLE "data_changes" (
    "id" BIGSERIAL NOT NULL,
    "changed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "data_changes_pkey" PRIMARY KEY ("id")
);
