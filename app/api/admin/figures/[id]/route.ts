import { figureRecords } from "@/lib/admin/figures/figure-records";
import { itemHandlers } from "@/lib/admin/records/record-handlers";

export const dynamic = "force-dynamic";

const handlers = itemHandlers(figureRecords);

/** PUT /api/admin/figures/<id> {record, version}: saves only if the figure is still at `version` (else 409). */
export const PUT = handlers.PUT;
/** DELETE /api/admin/figures/<id> {version}: marks it deleted (a soft delete: hidden from public pages, restorable from its history) if still at `version`. */
export const DELETE = handlers.DELETE;
