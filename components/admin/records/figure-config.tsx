import { emptyFigureForm, FigureInputSchema } from "@/lib/admin/figure-input";
import { snapshotFieldLabels } from "@/lib/admin/figure-snapshot";
import { figureStatuses } from "@/lib/filters/figure-filter";
import { formatValue } from "@/lib/format/format-number";
import { choicesOf, type RecordConfig } from "./record-config";

const noSingleRoute = "No single route";

export const figureConfig: RecordConfig = {
  type: "figure",
  noun: "figure",
  plural: "figures",
  title: "Figures",
  schema: FigureInputSchema,
  labels: snapshotFieldLabels,
  emptyValues: emptyFigureForm,
  titleField: "subject",
  groups: [
    {
      legend: "What is measured",
      rows: [
        [
          { name: "metric", control: "select", emptyOption: "Choose a metric…" },
          {
            name: "unit",
            control: "derived",
            label: "Unit",
            hint: "unit from the metric",
            derive: (values, options) => options.metric?.find((option) => option.value === values.metric)?.detail ?? "—",
          },
        ],
        [{ name: "route", control: "select", emptyOption: noSingleRoute }],
        [{ name: "subject", control: "text", hint: "What the figure is about, as a reader would say it: “Russia–Iran trade turnover”." }],
      ],
    },
    {
      legend: "Value and period",
      rows: [
        [
          {
            name: "value",
            control: "decimal",
            hint: "Exactly as the source gives it: 4.03 or -50. A point for decimals, no thousands separators, no unit.",
          },
          {
            name: "status",
            control: "select",
            options: choicesOf(figureStatuses),
            hint: "reported: a published statistic; claim: someone's statement; forecast or plan: not yet happened.",
          },
        ],
        [
          { name: "periodStart", control: "date" },
          { name: "periodEnd", control: "date" },
          { name: "periodLabel", control: "text", hint: "As people say it: “Jan–Apr 2024”, “H1 2023”, “2024”." },
        ],
      ],
    },
    {
      legend: "Source",
      rows: [
        [
          { name: "sourcePublisher", control: "text" },
          { name: "sourceDate", control: "text", hint: "YYYY, YYYY-MM or YYYY-MM-DD: only as exact as the source." },
        ],
        [{ name: "sourceTitle", control: "text" }],
        [{ name: "sourceUrl", control: "url" }],
        [
          {
            name: "quotedSpeaker",
            control: "text",
            label: "Person quoted (optional)",
            hint: "The person the publisher quotes, if any: “Alexei Overchuk”.",
          },
          {
            name: "dataOwner",
            control: "text",
            label: "Data owner (optional)",
            hint: "Whose data it is, if the publisher relays it: “State Statistics Committee”. Outlets relaying one owner count as one origin.",
          },
        ],
      ],
    },
    {
      legend: "Note",
      rows: [
        [
          {
            name: "note",
            control: "textarea",
            label: "Note (optional)",
            hint: "Shown beside the figure on public pages: what the reader must know to read it right.",
          },
        ],
      ],
    },
  ],
  columns: [
    { label: "Subject", render: (row) => row.subject },
    { label: "Metric", sort: "metric", render: (row) => row.extra.metricName ?? row.metric },
    { label: "Route", render: (row) => row.extra.routeName ?? noSingleRoute.toLowerCase() },
    { label: "Period", sort: "period", render: (row) => row.extra.period ?? "none" },
    {
      label: "Value",
      sort: "value",
      numeric: true,
      nowrap: true,
      render: (row) => formatValue(row.value ?? "", String(row.extra.unit ?? "")),
    },
    { label: "Status", nowrap: true, render: (row) => row.status },
    { label: "Source", render: (row) => row.sourcePublisher },
    { label: "ID", sort: "id", numeric: true, render: (row) => row.id },
  ],
  filters: [
    { name: "metric", label: "Metric", all: "All metrics" },
    { name: "route", label: "Route", all: "All routes", leading: [{ value: "none", label: noSingleRoute }] },
    { name: "status", label: "Status", all: "Any status", options: choicesOf(figureStatuses) },
    { name: "source", label: "Source publisher", all: "", text: true },
  ],
  defaultSort: "updated",
  defaultDir: "desc",
  updatedSort: "updated",
  descendingFirst: ["updated", "value"],
  listsDeletedBeside: true,
  deleteWarning: (values) =>
    `“${values.subject}” will disappear from every public page and CSV. It is not erased: its history keeps every version, and it can be restored from there.`,
};
