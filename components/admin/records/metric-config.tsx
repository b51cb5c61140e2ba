import { categoryLabels } from "@/lib/metrics/category-labels";
import { emptyMetricForm, metricCategories, metricFieldLabels, MetricInputSchema } from "@/lib/admin/metrics/metric-input";
import { choicesOf, figureCount, type RecordConfig } from "./record-config";

export const metricConfig: RecordConfig = {
  type: "metric",
  noun: "metric",
  plural: "metrics",
  title: "Metrics",
  schema: MetricInputSchema,
  labels: metricFieldLabels,
  emptyValues: emptyMetricForm,
  titleField: "name",
  groups: [
    {
      legend: "What is measured",
      rows: [
        [{ name: "name", control: "text", hint: "As a chart title: “North–South transit through Azerbaijan”." }],
        [
          {
            name: "slug",
            control: "text",
            code: true,
            hint: "Its address and its name in CSV files: lower-case words joined by underscores, such as transit_time.",
            fixedOnEdit: "Links, CSV files and imports name the metric by its slug, so it cannot change.",
          },
          { name: "category", control: "select", options: choicesOf(metricCategories, categoryLabels) },
        ],
        [
          {
            name: "unit",
            control: "text",
            hint: "What every figure of it is counted in: tonnes, USD bn, days, percent. It cannot change while figures use it.",
          },
        ],
        [{ name: "description", control: "textarea", hint: "One sentence a reader sees under the metric's name." }],
        [
          {
            name: "lookalikes",
            control: "textarea",
            code: true,
            hint: "Metrics a reader could take for this one, one a line: their slug, a colon, how they differ. “azerbaijan_corridor_cargo: all cargo on each corridor, not only transit”.",
          },
        ],
        [
          {
            name: "featured",
            control: "text",
            hint: "Its place among the overview's headline cards: 1 first, 2 second… Blank: not on the overview. Each card leads with the metric's most recent figure.",
          },
        ],
        [
          {
            name: "overviewTrend",
            control: "text",
            hint: "Its place among the overview's trend charts: 1 first, 2 second… Blank: not charted there. The chart shows the metric's dated figures over time.",
          },
        ],
        [
          {
            name: "progressAgainst",
            control: "text",
            code: true,
            hint: "For a project's progress: the slug of the metric giving the whole, in the same unit (land acquired against rasht_astara_length). Its headline card then shows the share where one source gives both, and the events linked to this metric as milestones. Blank: none.",
          },
        ],
        [
          {
            name: "cardMetrics",
            control: "textarea",
            code: true,
            hint: "Other metrics whose latest figures its headline card lists beneath its own, one slug a line, in order (a project's cost and loans). Blank: none.",
          },
        ],
      ],
    },
  ],
  columns: [
    { label: "Name", sort: "name", render: (row) => row.name },
    { label: "Slug", sort: "slug", render: (row) => <code>{row.slug}</code> },
    { label: "Unit", sort: "unit", render: (row) => row.unit },
    { label: "Category", sort: "category", render: (row) => categoryLabels[row.category as keyof typeof categoryLabels] ?? row.category },
    { label: "Figures", sort: "figures", numeric: true, render: figureCount },
  ],
  filters: [{ name: "category", label: "Category", all: "All categories", options: choicesOf(metricCategories, categoryLabels) }],
  defaultSort: "name",
  defaultDir: "asc",
  deleteWarning: (values) =>
    `“${values.name}” will disappear from the dashboard. Its history keeps it: it can be restored from there. A metric that figures are counted in cannot be deleted.`,
  publicPath: (values) => `/metrics/${values.slug}`,
};
