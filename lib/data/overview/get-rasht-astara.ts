import "server-only";
import type { Reader } from "../reader";
import { getEvents } from "../events/get-events";
import { getFigures } from "../figures/get-figures";
import type { EventView, FigureView } from "../types";

export type RashtAstaraStatus = {
  landAcquired: FigureView | null;
  /** The railway's length as given by the same source as `landAcquired`: the only honest denominator for progress. */
  lengthFromSameSource: FigureView | null;
  lengths: FigureView[];
  cost: FigureView[];
  russianLoan: FigureView[];
  landBudget: FigureView[];
  /** Agreement, construction start, completion: the railway's events in date order. */
  milestones: EventView[];
};

const sameSource = (a: FigureView, b: FigureView) => a.source.publisher === b.source.publisher && a.source.title === b.source.title;

function latestDated(figures: FigureView[]): FigureView | null {
  const key = (figure: FigureView) => `${figure.periodEnd}|${figure.source.date ?? ""}`;
  return figures
    .filter((figure) => figure.periodEnd !== null)
    .reduce<FigureView | null>((best, figure) => (best && key(best) >= key(figure) ? best : figure), null);
}

/** What the status reads: these metrics' figures and the events of this route (for the cache's tags too). */
export const rashtAstaraSources = {
  metrics: {
    land: "rasht_astara_land_acquired",
    lengths: "rasht_astara_length",
    cost: "rasht_astara_cost",
    russianLoan: "rasht_astara_russian_loan",
    landBudget: "rasht_astara_land_budget",
  },
  route: "instc-west",
} as const;

export async function getRashtAstaraStatus(db: Reader): Promise<RashtAstaraStatus> {
  const { metrics } = rashtAstaraSources;
  const [land, lengths, cost, russianLoan, landBudget, events] = await Promise.all([
    getFigures(db, { metric: metrics.land }),
    getFigures(db, { metric: metrics.lengths }),
    getFigures(db, { metric: metrics.cost }),
    getFigures(db, { metric: metrics.russianLoan }),
    getFigures(db, { metric: metrics.landBudget }),
    getEvents(db, { route: rashtAstaraSources.route }),
  ]);
  // The latest dated report of land acquired (by period end, then publication date); an undated figure only
  // when no report is dated, since "no period given" cannot be the latest.
  const landAcquired = latestDated(land) ?? land.at(-1) ?? null;
  return {
    landAcquired,
    lengthFromSameSource: landAcquired ? (lengths.find((length) => sameSource(length, landAcquired)) ?? null) : null,
    lengths,
    cost,
    russianLoan,
    landBudget,
    milestones: events.filter((event) => event.title.includes("Rasht–Astara")),
  };
}
