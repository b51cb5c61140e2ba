import { metricRecords } from "@/lib/admin/metrics/metric-records";
import { collectionHandlers } from "@/lib/admin/records/record-handlers";

export const dynamic = "force-dynamic";

const handlers = collectionHandlers(metricRecords);

/** GET /api/admin/metrics?q=&sort=&dir=&page=&pageSize=&deleted=…: a page of metrics, for editors. */
export const GET = handlers.GET;
/** POST /api/admin/metrics {record}: creates a metric. */
export const POST = handlers.POST;
