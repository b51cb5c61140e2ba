import { describe, expect, it } from "vitest";
import type { FigureView } from "../data/types";
import { describeDisagreement, findDisagreements } from "./find-disagreements";
import { figureFixture } from "./figure-fixture";

function figure(value: string, publisher: string, period: [string, string] | null, overrides: Partial<FigureView> = {}): FigureView {
  return figureFixture({
    metric: { slug: "russia_iran_trade_turnover", name: "Russia–Iran trade turnover", unit: "USD bn" },
    periodStart: period?.[0] ?? null,
    periodEnd: period?.[1] ?? null,
    periodLabel: period ? period[0].slice(0, 4) : null,
    value,
    source: { publisher, title: `${publisher} article`, url: null, date: null, datePrecision: null },
    ...overrides,
  });
}

const year = (y: number): [string, string] => [`${y}-01-01`, `${y}-12-31`];

describe("findDisagreements", () => {
  it("finds two sources giving different values for the same period", () => {
    const figures = [
      figure("4.03", "IFP News", year(2021)),
      figure("4.6", "UrduPoint", year(2022)),
      figure("4.9", "bne IntelliNews", year(2022)),
    ];
    const [found, ...rest] = findDisagreements(figures);
    expect(rest).toEqual([]);
    expect(found?.periodLabel).toBe("2022");
    expect(found?.figures.map((f) => f.value)).toEqual(["4.6", "4.9"]);
    expect(describeDisagreement(found!)).toBe("For 2022, UrduPoint gives 4.6 USD bn and bne IntelliNews gives 4.9 USD bn.");
  });

  it("does not count one source's range (45 and 60 days) as a disagreement", () => {
    const suez = { slug: "suez", name: "Suez Canal sea route" };
    expect(findDisagreements([figure("45", "Induqin", null, { route: suez }), figure("60", "Induqin", null, { route: suez })])).toEqual([]);
  });

  it("does not count equal values written differently (4.0 and 4)", () => {
    expect(findDisagreements([figure("4.0", "A", year(2023)), figure("4", "B", year(2023))])).toEqual([]);
  });

  it("keeps routes and periods apart", () => {
    const west = { slug: "instc-west", name: "INSTC western route" };
    expect(
      findDisagreements([figure("1", "A", year(2023)), figure("2", "B", year(2023), { route: west }), figure("3", "C", year(2024))]),
    ).toEqual([]);
  });

  it("finds undated figures that disagree and lists three or more sources in words", () => {
    const railway = { slug: "instc-west", name: "INSTC western route" };
    const length = { slug: "rasht_astara_length", name: "Rasht–Astara railway length", unit: "km" };
    const figures = [
      figure("162", "Islam Times", null, { route: railway, metric: length }),
      figure("170", "TASS", null, { route: railway, metric: length }),
      figure("164", "Report.az", null, { route: railway, metric: length }),
    ];
    const [found] = findDisagreements(figures);
    expect(describeDisagreement(found!)).toBe(
      "Without a period on the INSTC western route, Islam Times gives 162 km, TASS gives 170 km and Report.az gives 164 km.",
    );
  });
});
