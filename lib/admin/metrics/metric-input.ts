import { z } from "zod";
import { formatLookalikes, parseLookalikes } from "../../metrics/lookalikes";
import { requiredStorableText, storableText } from "../../validation/storable";
import { requiredText } from "../records/record-types";

// One schema for a metric as an editor enters it, used by the form as the editor types and by the route handler
// on the server. A metric's unit is what every figure of it is counted in: the server refuses to change it while
// figures use the metric (that would relabel their values), which no schema can know.

export const metricCategories = ["trade", "transit", "infrastructure", "route", "maritime"] as const;

/** Same rule as the metrics_slug_format CHECK: lower-case words joined by underscores. */
export const metricSlugPattern = /^[a-z0-9]+(_[a-z0-9]+)*$/;

/**
 * Blank: not on the overview. A number: its place among the overview's `among` (headline cards, trend charts), 1 first.
 * Optional, so a script written before the field existed still saves (and leaves the metric off the overview).
 */
const overviewPlace = (label: string, among: string) =>
  storableText(10, label)
    .optional()
    .transform((text, context) => {
      if (text === undefined || text === "") return null;
      if (!/^\d{1,2}$/.test(text) || Number(text) < 1) {
        context.addIssue({ code: "custom", message: `${label} must be blank or a whole number from 1 to 99 (its place among ${among})` });
        return z.NEVER;
      }
      return Number(text);
    });

/** At most this many metrics listed on one headline card: the card stays one screen tall. */
export const maxCardMetrics = 6;

/**
 * Slugs of other metrics, one a line (blank lines dropped), stored normalised the same way; whether each is a
 * metric is the server's check (metric-records.ts), which no schema can know.
 */
const metricSlugLines = (label: string, max: number) =>
  storableText(2000, label)
    .optional()
    .transform((text, context) => {
      const slugs = (text ?? "")
        .split("\n")
        .map((line) => line.trim())
        .filter((line) => line !== "");
      const bad = slugs.find((slug) => !metricSlugPattern.test(slug));
      if (bad !== undefined) context.addIssue({ code: "custom", message: `${label}: "${bad}" is not a metric's slug (one a line)` });
      else if (new Set(slugs).size < slugs.length) context.addIssue({ code: "custom", message: `${label} names a metric twice` });
      else if (slugs.length > max) context.addIssue({ code: "custom", message: `${label}: at most ${max} metrics` });
      else return slugs.join("\n");
      return z.NEVER;
    });

export const MetricInputSchema = z.object({
  slug: requiredStorableText(64, "Slug").regex(
    metricSlugPattern,
    "Slug must be lower-case letters and digits joined by underscores, such as transit_time",
  ),
  name: requiredText(200, "Name"),
  unit: requiredText(40, "Unit"),
  category: z.enum(metricCategories, { error: `Category must be one of ${metricCategories.join(", ")}` }),
  description: requiredText(2000, "Description"),
  // Parsed, then stored normalised ("slug: difference" a line); the server checks that each slug is a metric.
  lookalikes: storableText(10_000, "Not to be confused with").transform((text, context) => {
    const parsed = parseLookalikes(text);
    if (parsed.ok) return formatLookalikes(parsed.lookalikes);
    for (const message of parsed.errors) context.addIssue({ code: "custom", message });
    return z.NEVER;
  }),
  featured: overviewPlace("Featured on the overview", "the headline cards"),
  overviewTrend: overviewPlace("Trend on the overview", "the trend charts"),
  progressAgainst: storableText(64, "Progress against")
    .optional()
    .transform((text) => text ?? "")
    .refine(
      (text) => text === "" || metricSlugPattern.test(text),
      "Progress against must be blank or one metric's slug, such as rasht_astara_length",
    ),
  cardMetrics: metricSlugLines("Also on its card", maxCardMetrics),
});

export type MetricFormValues = z.input<typeof MetricInputSchema>;
export type MetricInput = z.output<typeof MetricInputSchema>;

export const metricFieldLabels: Record<keyof MetricFormValues, string> = {
  slug: "Slug",
  name: "Name",
  unit: "Unit",
  category: "Category",
  description: "Description",
  lookalikes: "Not to be confused with",
  featured: "Featured on the overview",
  overviewTrend: "Trend on the overview",
  progressAgainst: "Progress against",
  cardMetrics: "Also on its card",
};

export const emptyMetricForm: MetricFormValues = {
  slug: "",
  name: "",
  unit: "",
  category: "transit",
  description: "",
  lookalikes: "",
  featured: "",
  overviewTrend: "",
  progressAgainst: "",
  cardMetrics: "",
};
