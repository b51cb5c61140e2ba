import { emptyEventForm, eventFieldLabels, EventInputSchema, eventStatuses } from "@/lib/admin/events/event-input";
import { choicesOf, type RecordConfig } from "./record-config";

const statusChoices = choicesOf(eventStatuses);

export const eventConfig: RecordConfig = {
  type: "event",
  noun: "event",
  plural: "events",
  title: "Events",
  schema: EventInputSchema,
  labels: eventFieldLabels,
  emptyValues: emptyEventForm,
  titleField: "title",
  groups: [
    {
      legend: "What happened, or is planned",
      rows: [
        [{ name: "title", control: "text", hint: "As a reader would say it: “Rasht–Astara railway: construction starts”." }],
        [
          { name: "date", control: "text", code: true, hint: "YYYY, YYYY-MM or YYYY-MM-DD: only as exact as it is known." },
          { name: "status", control: "select", options: statusChoices, hint: "happened: it took place; planned: announced for that date." },
        ],
        [{ name: "route", control: "select", emptyOption: "No single route" }],
      ],
    },
    {
      legend: "Charts it is drawn on",
      rows: [
        [
          {
            name: "metrics",
            control: "checklist",
            code: true,
            hint: "The metrics whose charts mark this event (on a route's chart, only if the event is of that route or of none), as slugs separated by commas, such as suez_transits, cape_transits. Blank: on no chart, only in timelines.",
          },
        ],
      ],
    },
    {
      legend: "Source",
      rows: [
        [
          { name: "sourcePublisher", control: "text" },
          { name: "sourceDate", control: "text", code: true, hint: "YYYY, YYYY-MM or YYYY-MM-DD: only as exact as the source." },
        ],
        [{ name: "sourceTitle", control: "text" }],
        [{ name: "sourceUrl", control: "text" }],
      ],
    },
  ],
  columns: [
    { label: "Title", sort: "title", render: (row) => row.title },
    { label: "Date", sort: "date", nowrap: true, render: (row) => row.date },
    { label: "Status", render: (row) => row.status },
    {
      label: "Route",
      render: (row, options) =>
        row.extra.routeName ?? options.route?.find((option) => option.value === row.route)?.label ?? (row.route || "none"),
    },
    { label: "Source", render: (row) => row.sourcePublisher },
    { label: "Metrics", numeric: true, render: (row) => (row.metrics ? row.metrics.split(", ").length : "—") },
  ],
  filters: [
    { name: "status", label: "Status", all: "Any status", options: statusChoices },
    { name: "route", label: "Route", all: "All routes" },
    { name: "source", label: "Source publisher", all: "", text: true },
  ],
  defaultSort: "date",
  defaultDir: "desc",
  deleteWarning: (values) => `“${values.title}” will disappear from every timeline. Its history keeps it: it can be restored from there.`,
};
