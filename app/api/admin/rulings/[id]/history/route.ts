import { rulingRecords } from "@/lib/admin/rulings/ruling-records";
import { historyHandler } from "@/lib/admin/records/record-handlers";

export const dynamic = "force-dynamic";

/** GET /api/admin/rulings/<id>/history: its revisions, newest first. */
export const GET = historyHandler(rulingRecords);
