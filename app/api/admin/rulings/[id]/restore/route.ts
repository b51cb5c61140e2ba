import { rulingRecords } from "@/lib/admin/rulings/ruling-records";
import { restoreHandler } from "@/lib/admin/records/record-handlers";

export const dynamic = "force-dynamic";

/** POST /api/admin/rulings/<id>/restore {revisionId, version}: back to a revision's state, as a new revision. */
export const POST = restoreHandler(rulingRecords);
