import { figureRecords } from "@/lib/admin/figures/figure-records";
import { historyHandler } from "@/lib/admin/records/record-handlers";

export const dynamic = "force-dynamic";

/** GET /api/admin/figures/<id>/history: its revisions, newest first. */
export const GET = historyHandler(figureRecords);
