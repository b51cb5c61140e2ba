import "server-only";
import { parseChartQuery, type ChartKind, type ChartState } from "../../charts/chart-state";
import { unknownFilterSlugs } from "../figures/validate-filter-slugs";
import type { Reader } from "../reader";

// A chart's state read from an address's query string (images, embeds): the address is read by parseChartQuery,
// then the database says whether its route or metric exists, the way the CSV checks it.

export type ChartStateResult = { ok: true; state: ChartState } | { ok: false; errors: string[] };

export { isChartKind } from "../../charts/chart-state";

export async function readChartState(db: Reader, chart: ChartKind, params: URLSearchParams): Promise<ChartStateResult> {
  const { state, errors } = parseChartQuery(chart, params);
  if (!state) return { ok: false, errors };
  const unknown =
    state.chart === "trend"
      ? await unknownFilterSlugs(db, state.filter)
      : state.chart === "map" && state.route
        ? await unknownFilterSlugs(db, { route: state.route })
        : [];
  const all = [...errors, ...unknown];
  return all.length === 0 ? { ok: true, state } : { ok: false, errors: all };
}
