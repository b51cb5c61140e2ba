import type { FigureView } from "../data/types";
import { toPartialDateText } from "../dates/partial-date";
import type { FigureFormValues } from "./figure-input";

/** A figure's editable fields as text: what the form shows and its revisions record. */
export function toFormValues(figure: FigureView): FigureFormValues {
  const { date, datePrecision } = figure.source;
  return {
    metric: figure.metric.slug,
    route: figure.route?.slug ?? "",
    subject: figure.subject,
    periodStart: figure.periodStart ?? "",
    periodEnd: figure.periodEnd ?? "",
    periodLabel: figure.periodLabel ?? "",
    value: figure.value,
    status: figure.status,
    sourcePublisher: figure.source.publisher,
    sourceTitle: figure.source.title,
    sourceUrl: figure.source.url ?? "",
    sourceDate: date && datePrecision ? toPartialDateText({ date: new Date(`${date}T00:00:00Z`), precision: datePrecision }) : "",
    note: figure.note ?? "",
    quotedSpeaker: figure.quotedSpeaker ?? "",
    dataOwner: figure.dataOwner ?? "",
  };
}

export const snapshotFieldLabels: Record<keyof FigureFormValues, string> = {
  metric: "Metric",
  route: "Route",
  subject: "Subject",
  periodStart: "Period start",
  periodEnd: "Period end",
  periodLabel: "Period label",
  value: "Value",
  status: "Status",
  sourcePublisher: "Source publisher",
  sourceTitle: "Source title",
  sourceUrl: "Source URL",
  sourceDate: "Source date",
  note: "Note",
  quotedSpeaker: "Person quoted",
  dataOwner: "Data owner",
};
