import { figureRecords } from "@/lib/admin/figures/figure-records";
import { collectionHandlers } from "@/lib/admin/records/record-handlers";

export const dynamic = "force-dynamic";

const handlers = collectionHandlers(figureRecords);

/** GET /api/admin/figures?metric&route&status&source&q&deleted&sort&dir&page&pageSize: a page of figures, for editors. */
export const GET = handlers.GET;
/** POST /api/admin/figures {record}: creates a figure. */
export const POST = handlers.POST;
