import type { RecordType } from "@/lib/admin/records/record-types";
import { eventConfig } from "./event-config";
import { figureConfig } from "./figure-config";
import { metricConfig } from "./metric-config";
import type { RecordConfig } from "./record-config";
import { routeConfig } from "./route-config";
import { rulingConfig } from "./ruling-config";

/** Server pages name a kind by its type; the client components find its config here (functions cannot be props). */
export const recordConfigs: Record<RecordType, RecordConfig> = {
  figure: figureConfig,
  route: routeConfig,
  metric: metricConfig,
  event: eventConfig,
  ruling: rulingConfig,
};
