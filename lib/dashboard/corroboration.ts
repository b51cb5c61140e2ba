import type { FigureView } from "../data/types";
import { formatValue } from "../format/format-number";
import { originOf } from "../sources/provenance";

// Several figures for one metric, route, subject and period: how many are there, from how many independent
// origins, and do they agree? Three outlets relaying one agency's release are one report, and are said to be.

export type Origin = { key: string; label: string; outlets: string[] };
export type Corroboration = {
  route: FigureView["route"];
  subject: string;
  periodStart: string | null;
  periodEnd: string | null;
  periodLabel: string | null;
  figures: FigureView[];
  origins: Origin[];
  /** Every figure gives the same value (as a number: 4.0 and 4 agree). */
  agree: boolean;
};

export function findCorroborations(figures: FigureView[]): Corroboration[] {
  const groups = new Map<string, FigureView[]>();
  for (const figure of figures) {
    const key = [figure.metric.slug, figure.route?.slug ?? "", figure.subject, figure.periodStart ?? "", figure.periodEnd ?? ""].join(
      "\u0000",
    );
    groups.set(key, [...(groups.get(key) ?? []), figure]);
  }
  return [...groups.values()]
    .filter((group) => group.length > 1)
    .map((group) => {
      const origins = new Map<string, Origin>();
      for (const figure of group) {
        const { key, label } = originOf({
          sourcePublisher: figure.source.publisher,
          quotedSpeaker: figure.quotedSpeaker,
          dataOwner: figure.dataOwner,
        });
        const origin = origins.get(key) ?? { key, label, outlets: [] };
        if (!origin.outlets.includes(figure.source.publisher)) origin.outlets.push(figure.source.publisher);
        origins.set(key, origin);
      }
      const [first] = group as [FigureView, ...FigureView[]];
      return {
        route: first.route,
        subject: first.subject,
        periodStart: first.periodStart,
        periodEnd: first.periodEnd,
        periodLabel: first.periodLabel,
        figures: group,
        origins: [...origins.values()],
        agree: new Set(group.map((figure) => Number(figure.value))).size === 1,
      };
    });
}

const list = (items: string[]) => (items.length <= 2 ? items.join(" and ") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`);
const count = (n: number, one: string, many: string) => (n === 1 ? `one ${one}` : `${n} ${many}`);

/**
 * "For 2024, 3 figures give 814,000 t, all from one origin (ADY) through Trend, Caliber.az and AzerNews: one
 * report, not 3 confirmations." Agreement from one origin is never counted as corroboration.
 */
export function describeCorroboration(corroboration: Corroboration): string {
  const { figures, origins } = corroboration;
  const when =
    corroboration.periodStart || corroboration.periodEnd ? `For ${corroboration.periodLabel ?? "the same period"}` : "Without a period";
  const where = `${when}, ${corroboration.subject}${corroboration.route ? ` on the ${corroboration.route.name}` : ""}`;
  const figureCount = `${figures.length} figures`;
  if (!corroboration.agree) {
    return `${where}: ${figureCount} from ${count(origins.length, "origin", "independent origins")} (${list(origins.map((origin) => origin.label))}) give different values.`;
  }
  const value = formatValue(figures[0]!.value, figures[0]!.metric.unit);
  if (origins.length === 1) {
    const [origin] = origins as [Origin];
    const via = origin.outlets.length > 1 ? ` through ${list(origin.outlets)}` : "";
    return `${where}: ${figureCount} give ${value}, all from one origin (${origin.label})${via}: one report, not ${figures.length} confirmations.`;
  }
  return `${where}: ${figureCount} agree on ${value}, from ${origins.length} independent origins (${list(origins.map((origin) => origin.label))}).`;
}
