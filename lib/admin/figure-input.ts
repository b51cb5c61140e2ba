import { z } from "zod";
import { parseIsoDate } from "../dates/partial-date";
import { figureStatuses } from "../filters/figure-filter";
import { requiredStorableText, storableText } from "../validation/storable";
import { requiredText } from "./records/record-types";
import { sourceDateField, sourcePublisherField, sourceTitleField, sourceUrlField } from "./source-fields";

// One schema for a figure as an editor enters it: the admin form validates with it as the editor types, the
// route handler validates the same input again on the server, and the CSV import reuses it row by row.
// Every field is a string as typed; the value stays the exact decimal text (what is typed is what is stored).

const optionalText = (max: number, label: string) => storableText(max, label).transform((text) => (text === "" ? null : text));
const optionalDate = (label: string) =>
  storableText(40, label)
    .refine((text) => text === "" || parseIsoDate(text) !== null, `${label} must be a date that exists, written YYYY-MM-DD`)
    .transform((text) => (text === "" ? null : text));

export const decimalPattern = /^-?(0|[1-9]\d{0,19})(\.\d{1,20})?$/;

export const FigureInputSchema = z
  .object({
    metric: storableText(64, "Metric").min(1, "Choose a metric"),
    route: storableText(64, "Route").transform((text) => (text === "" ? null : text)),
    subject: requiredText(200, "Subject"),
    periodStart: optionalDate("Period start"),
    periodEnd: optionalDate("Period end"),
    periodLabel: optionalText(100, "Period label"),
    value: requiredStorableText(50, "Value").regex(
      decimalPattern,
      "Value must be a plain number such as 4.03 or -50: a point for decimals, no thousands separators, no unit",
    ),
    status: z.enum(figureStatuses, { error: `Status must be one of ${figureStatuses.join(", ")}` }),
    sourcePublisher: sourcePublisherField(),
    sourceTitle: sourceTitleField(),
    sourceUrl: sourceUrlField({ max: 2000 }),
    sourceDate: sourceDateField(),
    note: optionalText(10_000, "Note"),
    // Optional in the input, so a script written before these fields existed still validates.
    quotedSpeaker: optionalText(200, "Person quoted").default(null),
    dataOwner: optionalText(200, "Data owner").default(null),
  })
  .superRefine((figure, ctx) => {
    if (figure.periodStart && figure.periodEnd && figure.periodEnd < figure.periodStart) {
      ctx.addIssue({ code: "custom", path: ["periodEnd"], message: "Period end must not be before period start" });
    }
    if ((figure.periodStart || figure.periodEnd) && !figure.periodLabel) {
      ctx.addIssue({ code: "custom", path: ["periodLabel"], message: 'Give the period a label, such as "Jan–Apr 2024" or "H1 2023"' });
    }
  });

/** The form's raw input: every field a string. */
export type FigureFormValues = z.input<typeof FigureInputSchema>;
/** After validation: blanks are null. */
export type FigureInput = z.output<typeof FigureInputSchema>;

export const emptyFigureForm: FigureFormValues = {
  metric: "",
  route: "",
  subject: "",
  periodStart: "",
  periodEnd: "",
  periodLabel: "",
  value: "",
  status: "reported",
  sourcePublisher: "",
  sourceTitle: "",
  sourceUrl: "",
  sourceDate: "",
  note: "",
  quotedSpeaker: "",
  dataOwner: "",
};
