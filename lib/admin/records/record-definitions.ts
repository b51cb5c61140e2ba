import "server-only";
import { figureRecords } from "../figures/figure-records";
import { eventRecords } from "../events/event-records";
import { metricRecords } from "../metrics/metric-records";
import { routeRecords } from "../routes/route-records";
import { rulingRecords } from "../rulings/ruling-records";
import type { AnyRecordDefinition } from "./record-definition";
import type { RecordType } from "./record-types";

export const recordDefinitions: Record<RecordType, AnyRecordDefinition> = {
  figure: figureRecords,
  route: routeRecords,
  metric: metricRecords,
  event: eventRecords,
  ruling: rulingRecords,
};
