import { routeFieldLabels, RouteInputSchema, routeKinds, emptyRouteForm } from "@/lib/admin/routes/route-input";
import { routeLegs, routeNodeKinds } from "@/lib/routes/route-nodes";
import { choicesOf, figureCount, type RecordConfig } from "./record-config";

const kindLabels = { instc: "INSTC branch", alternative: "Alternative route" };

export const routeConfig: RecordConfig = {
  type: "route",
  noun: "route",
  plural: "routes",
  title: "Routes",
  schema: RouteInputSchema,
  labels: routeFieldLabels,
  emptyValues: emptyRouteForm,
  titleField: "name",
  groups: [
    {
      legend: "The route",
      rows: [
        [{ name: "name", control: "text", hint: "As readers know it: “INSTC western route”." }],
        [
          {
            name: "slug",
            control: "text",
            code: true,
            hint: "Its address and its name in CSV files: lower-case words joined by hyphens, such as instc-west.",
            fixedOnEdit: "Links, CSV files and imports name the route by its slug, so it cannot change.",
          },
          { name: "kind", control: "select", options: choicesOf(routeKinds, kindLabels), hint: "INSTC branches are listed first." },
        ],
        [
          { name: "modes", control: "text", hint: "In the order cargo meets them, separated by “;”: sea; rail." },
          { name: "position", control: "number", hint: "Order within its kind on the dashboard: 1 comes first." },
        ],
        [{ name: "via", control: "text", hint: "The countries or ports it passes: Russia–Azerbaijan–Iran." }],
        [{ name: "description", control: "textarea" }],
      ],
    },
    {
      legend: "On the map",
      rows: [
        [
          {
            name: "nodes",
            control: "textarea",
            code: true,
            rows: 12,
            hint: (
              <>
                One node a line, in the order cargo meets them: <code>name | country | kind | latitude | longitude | leg to the next</code>,
                then a note after a further <code>|</code> if wanted. Kinds: {routeNodeKinds.join(", ")} (a waypoint is an unnamed turn that
                keeps a sea leg off land: drawn, never labelled). Legs: {routeLegs.join(", ")}; the last node has none. Coordinates in
                degrees with at most two decimals (south and west negative): “Rasht | Iran | city | 37.28 | 49.58 | rail”. Leave it empty to
                keep the route off the map.
              </>
            ),
          },
        ],
      ],
    },
  ],
  columns: [
    { label: "Name", sort: "name", render: (row) => row.name },
    { label: "Position", sort: "position", numeric: true, render: (row) => row.position },
    { label: "Slug", sort: "slug", render: (row) => <code>{row.slug}</code> },
    { label: "Kind", render: (row) => kindLabels[row.kind as keyof typeof kindLabels] ?? row.kind },
    { label: "Modes", render: (row) => row.modes },
    { label: "Figures", sort: "figures", numeric: true, render: figureCount },
    { label: "Events", numeric: true, render: (row) => row.extra.events ?? "—" },
  ],
  filters: [{ name: "kind", label: "Kind", all: "All kinds", options: choicesOf(routeKinds, kindLabels) }],
  defaultSort: "position",
  defaultDir: "asc",
  deleteWarning: (values) =>
    `“${values.name}” will disappear from the dashboard and its comparisons. Its history keeps it: it can be restored from there. A route that figures or events still refer to cannot be deleted.`,
  publicPath: (values) => `/routes/${values.slug}`,
};
