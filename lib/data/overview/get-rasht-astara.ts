import "server-only";
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

const sameSource = (a: FigureView, b: FigureView) =>
  a.source.publisher === b.source.publisher && a.source.title === b.source.title;

export async function getRashtAstaraStatus(): Promise<RashtAstaraStatus> {
  const [land, lengths, cost, russianLoan, landBudget, events] = await Promise.all([
    getFigures({ metric: "rasht_astara_land_acquired" }),
    getFigures({ metric: "rasht_astara_length" }),
    getFigures({ metric: "rasht_astara_cost" }),
    getFigures({ metric: "rasht_astara_russian_loan" }),
    getFigures({ metric: "rasht_astara_land_budget" }),
    getEvents({ route: "instc-west" }),
  ]);
  // The latest report of land acquired; figures without a period end sort first and so lose.
  const landAcquired = land.at(-1) ?? null;
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
