import { routeRecords } from "@/lib/admin/routes/route-records";
import { historyHandler } from "@/lib/admin/records/record-handlers";

export const dynamic = "force-dynamic";

/** GET /api/admin/routes/<id>/history: its revisions, newest first. */
export const GET = historyHandler(routeRecords);
