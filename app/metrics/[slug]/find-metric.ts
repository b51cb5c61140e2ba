import "server-only";
import { cache } from "react";
import { getMetric } from "@/lib/data/metrics/get-metrics";

/** getMetric once per request: the layout, the metadata and the page all ask for the same metric. */
export const findMetric = cache(getMetric);
