import { z } from "zod";
import { parsePartialDate, toPartialDateText } from "../../dates/partial-date";
import { requiredStorableText, storableText } from "../../validation/storable";
import { metricSlugPattern } from "../metrics/metric-input";
import { requiredText } from "../records/record-types";
import { splitSlugList } from "../records/slug-list";
import { sourceDateField, sourcePublisherField, sourceTitleField, sourceUrlField } from "../source-fields";

// One schema for an event as an editor enters it: the admin form validates with it as the editor types and the
// route handler validates the same input again on the server. Every field is a string as typed. A date is as
// exact as it is known ("2028", "2024-05", "2024-05-19"): it is stored as its first day plus that precision.
// The metrics whose charts the event annotates are one text field too, their slugs joined by ", " in a canonical
// order, so a revision keeps them like any other value and the history diffs them like any other field.

export const eventStatuses = ["happened", "planned"] as const;
export type EventStatus = (typeof eventStatuses)[number];

export const EventInputSchema = z.object({
  date: requiredStorableText(40, "Date").refine(
    (text) => text === "" || parsePartialDate(text) !== null,
    "Date must be YYYY, YYYY-MM or YYYY-MM-DD, and exist",
  ),
  title: requiredText(300, "Title"),
  route: storableText(100, "Route")
    .refine((text) => text === "" || /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(text), "Route must be a route's slug, such as instc-west")
    .transform((text) => (text === "" ? null : text)),
  status: z.enum(eventStatuses, { error: `Status must be one of ${eventStatuses.join(", ")}` }),
  sourcePublisher: sourcePublisherField(),
  sourceTitle: sourceTitleField(),
  sourceUrl: sourceUrlField({ max: 2000 }),
  sourceDate: sourceDateField(),
  metrics: storableText(4000, "Metrics").transform((text, context) => {
    const slugs = splitSlugList(text);
    const malformed = slugs.find((slug) => !metricSlugPattern.test(slug));
    if (malformed !== undefined) {
      context.addIssue({ code: "custom", message: `Metrics must be metric slugs separated by commas; "${malformed}" is not a slug` });
      return z.NEVER;
    }
    return slugs;
  }),
});

/** The form's raw input: every field a string. */
export type EventFormValues = z.input<typeof EventInputSchema>;
/** After validation: blanks are null; dates are still their text (parse with parsePartialDate). */
export type EventInput = z.output<typeof EventInputSchema>;

export const eventFieldLabels: Record<keyof EventFormValues, string> = {
  date: "Date",
  title: "Title",
  route: "Route",
  status: "Status",
  sourcePublisher: "Source publisher",
  sourceTitle: "Source title",
  sourceUrl: "Source URL",
  sourceDate: "Source date",
  metrics: "Metrics",
};

export const emptyEventForm: EventFormValues = {
  date: "",
  title: "",
  route: "",
  status: "happened",
  sourcePublisher: "",
  sourceTitle: "",
  sourceUrl: "",
  sourceDate: "",
  metrics: "",
};

/** A stored date (first day, UTC) and its precision back as the text an editor types. */
export function partialDateText(date: Date | null, precision: "day" | "month" | "year" | null): string {
  return date && precision ? toPartialDateText({ date, precision }) : "";
}
