import "server-only";
import { chartKinds, type ChartKind, type ChartState } from "../../charts/chart-state";
import { parseFigureQuery } from "../../filters/parse-figure-query";
import { comparisonMeasures } from "../comparison/get-route-comparison";
import { unknownFilterSlugs } from "../figures/validate-filter-slugs";

// A chart's state read from an address's query string (images, embeds), checked the way the CSV checks it: a
// trend's state is read by the figure filter's own parser, so its image and its CSV refuse and accept the same.

export type ChartStateResult = { ok: true; state: ChartState } | { ok: false; errors: string[] };

export function isChartKind(text: string): text is ChartKind {
  return (chartKinds as readonly string[]).includes(text);
}

function unexpectedKeys(params: URLSearchParams, allowed: readonly string[]): string[] {
  return [...new Set(params.keys())]
    .filter((key) => !allowed.includes(key))
    .map((key) => `Unknown parameter “${key}”: this chart takes ${allowed.map((name) => `“${name}”`).join(" and ")}`);
}

export async function readChartState(chart: ChartKind, params: URLSearchParams): Promise<ChartStateResult> {
  switch (chart) {
    case "comparison": {
      const measure = params.get("measure");
      const definition = comparisonMeasures.find((candidate) => candidate.measure === measure);
      const errors = [
        ...unexpectedKeys(params, ["measure"]),
        ...(definition ? [] : [`The comparison needs a measure, one of ${comparisonMeasures.map((entry) => entry.measure).join(", ")}`]),
      ];
      return definition && errors.length === 0 ? { ok: true, state: { chart, measure: definition.measure } } : { ok: false, errors };
    }
    case "trend": {
      const parsed = parseFigureQuery(params);
      if (!parsed.ok) return { ok: false, errors: parsed.errors };
      const { metric } = parsed.filter;
      if (!metric) return { ok: false, errors: ["A trend needs a metric (?metric=…)"] };
      const unknown = await unknownFilterSlugs(parsed.filter);
      return unknown.length > 0 ? { ok: false, errors: unknown } : { ok: true, state: { chart, filter: { ...parsed.filter, metric } } };
    }
    case "map": {
      const route = params.get("route") ?? undefined;
      const errors = [...unexpectedKeys(params, ["route"]), ...(route ? await unknownFilterSlugs({ route }) : [])];
      return errors.length === 0 ? { ok: true, state: { chart, ...(route ? { route } : {}) } } : { ok: false, errors };
    }
  }
}
