import "server-only";
import { cache } from "react";
import { readMetric } from "@/lib/data/public-reads";

/** The metric once per request: the layout, the metadata and the page all ask for the same metric. */
export const findMetric = cache(readMetric);
