import { rulingRecords } from "@/lib/admin/rulings/ruling-records";
import { collectionHandlers } from "@/lib/admin/records/record-handlers";

export const dynamic = "force-dynamic";

const handlers = collectionHandlers(rulingRecords);

/** GET /api/admin/rulings?q=&sort=&dir=&page=&pageSize=&deleted=…: a page of rulings, for editors. */
export const GET = handlers.GET;
/** POST /api/admin/rulings {record}: creates a ruling. */
export const POST = handlers.POST;
