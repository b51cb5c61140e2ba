import { z } from "zod";

// The route-comparison charts' measures, as /api/csv/comparison/<measure> names them.

export const comparisonMeasureNames = ["distance", "transit_time", "freight_cost", "volume"] as const;
export type ComparisonMeasure = (typeof comparisonMeasureNames)[number];

export const ComparisonMeasureParams = z.object({
  measure: z.enum(comparisonMeasureNames).meta({ description: "Which route-comparison chart: its figures, and no others." }),
});
