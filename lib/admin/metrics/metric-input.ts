import { z } from "zod";
import { requiredStorableText } from "../../validation/storable";
import { requiredText } from "../records/record-types";

// One schema for a metric as an editor enters it, used by the form as the editor types and by the route handler
// on the server. A metric's unit is what every figure of it is counted in: the server refuses to change it while
// figures use the metric (that would relabel their values), which no schema can know.

export const metricCategories = ["trade", "transit", "infrastructure", "route", "maritime"] as const;

/** Same rule as the metrics_slug_format CHECK: lower-case words joined by underscores. */
export const metricSlugPattern = /^[a-z0-9]+(_[a-z0-9]+)*$/;

export const MetricInputSchema = z.object({
  slug: requiredStorableText(64, "Slug")
    .regex(metricSlugPattern, "Slug must be lower-case letters and digits joined by underscores, such as transit_time"),
  name: requiredText(200, "Name"),
  unit: requiredText(40, "Unit"),
  category: z.enum(metricCategories, { error: `Category must be one of ${metricCategories.join(", ")}` }),
  description: requiredText(2000, "Description"),
});

export type MetricFormValues = z.input<typeof MetricInputSchema>;
export type MetricInput = z.output<typeof MetricInputSchema>;

export const metricFieldLabels: Record<keyof MetricFormValues, string> = {
  slug: "Slug",
  name: "Name",
  unit: "Unit",
  category: "Category",
  description: "Description",
};

export const emptyMetricForm: MetricFormValues = { slug: "", name: "", unit: "", category: "transit", description: "" };
