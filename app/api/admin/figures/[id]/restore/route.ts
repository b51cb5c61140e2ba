import { figureRecords } from "@/lib/admin/figures/figure-records";
import { restoreHandler } from "@/lib/admin/records/record-handlers";

export const dynamic = "force-dynamic";

/** POST /api/admin/figures/<id>/restore {revisionId, version}: back to a revision's state, as a new revision. */
export const POST = restoreHandler(figureRecords);
