import { routeRecords } from "@/lib/admin/routes/route-records";
import { collectionHandlers } from "@/lib/admin/records/record-handlers";

export const dynamic = "force-dynamic";

const handlers = collectionHandlers(routeRecords);

/** GET /api/admin/routes?q=&sort=&dir=&page=&pageSize=&deleted=…: a page of routes, for editors. */
export const GET = handlers.GET;
/** POST /api/admin/routes {record}: creates a route. */
export const POST = handlers.POST;
