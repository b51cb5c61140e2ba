import { describe, expect, it } from "vitest";
import { FigureFilterSchema, parseFigureFilter, toQueryString } from "./figure-filter";

describe("parseFigureFilter", () => {
  it("accepts no parameters as the whole dataset", () => {
    expect(parseFigureFilter({})).toEqual({ ok: true, filter: {} });
  });

  it("reads every filter, trimming whitespace", () => {
    expect(
      parseFigureFilter({ metric: " transit_time ", route: "instc-west", status: "claim", from: "2022-01-01", to: "2024-12-31" }),
    ).toEqual({
      ok: true,
      filter: { metric: "transit_time", route: "instc-west", status: "claim", from: "2022-01-01", to: "2024-12-31" },
    });
  });

  it("treats empty and blank values as absent (an unfilled form field)", () => {
    expect(parseFigureFilter({ metric: "", route: "   ", status: undefined, from: "", to: "" })).toEqual({ ok: true, filter: {} });
  });

  it("ignores keys it does not filter on (refusing them is the caller's choice)", () => {
    expect(parseFigureFilter({ page: "2", route: "suez" })).toEqual({ ok: true, filter: { route: "suez" } });
  });

  it("reads a search, trimmed", () => {
    expect(parseFigureFilter({ q: "  Astara  " })).toEqual({ ok: true, filter: { q: "Astara" } });
  });

  it("accepts a period of a single day (from equal to to)", () => {
    expect(parseFigureFilter({ from: "2024-02-29", to: "2024-02-29" })).toEqual({
      ok: true,
      filter: { from: "2024-02-29", to: "2024-02-29" },
    });
  });

  it.each([
    [{ from: "2024-13-01" }, "The period start “2024-13-01” is not a date: write it as 2024-01-31"],
    [{ to: "2023-02-30" }, "The period end “2023-02-30” is not a date: write it as 2024-01-31"],
    [{ from: "2024" }, "The period start “2024” is not a date: write it as 2024-01-31"],
    [{ from: "31/12/2024" }, "The period start “31/12/2024” is not a date: write it as 2024-01-31"],
    [{ status: "rumour" }, "“rumour” is not a status: a figure is reported, a claim, a forecast or a plan"],
    [{ route: "INSTC West" }, "There is no route called “INSTC West”"],
    [{ metric: "x".repeat(65) }, `There is no metric called “${"x".repeat(65)}”`],
    [{ from: "2024-06-01", to: "2024-01-01" }, "The period starts (2024-06-01) after it ends (2024-01-01)"],
    [{ q: "ab" }, "Search for at least 3 characters (“ab” is too short to look up)"],
    [{ q: "x".repeat(101) }, "Search for at most 100 characters"],
    [{ source: "x".repeat(201) }, `“${"x".repeat(80)}…” cannot be the name of a source (at most 200 characters)`],
  ])("refuses %j in the reader's words, naming the field and the value", (params, message) => {
    expect(parseFigureFilter(params)).toEqual({ ok: false, errors: [message] });
  });

  it("refuses a repeated parameter instead of choosing one of its values", () => {
    expect(parseFigureFilter({ route: ["suez", "instc-west"] })).toEqual({
      ok: false,
      errors: ["The route is given more than once: choose one"],
    });
  });

  it("reports every problem at once", () => {
    const result = parseFigureFilter({ route: ["a", "b"], status: "rumour", from: "yesterday" });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toHaveLength(3);
  });

  it("is driven by the same schema the route handlers use", () => {
    expect(FigureFilterSchema.safeParse({ status: "plan" }).success).toBe(true);
    expect(FigureFilterSchema.safeParse({ status: "maybe" }).success).toBe(false);
  });
});

describe("toQueryString", () => {
  it("is empty for no filter", () => {
    expect(toQueryString({})).toBe("");
  });

  it("writes keys in a fixed order, so equal selections give equal URLs", () => {
    expect(toQueryString({ to: "2024-12-31", status: "reported", route: "suez", metric: "transit_time", from: "2022-01-01" })).toBe(
      "?metric=transit_time&route=suez&status=reported&from=2022-01-01&to=2024-12-31",
    );
  });

  it("round-trips through parseFigureFilter", () => {
    const filter = {
      metric: "russia_iran_trade_turnover",
      route: "instc-west",
      status: "reported" as const,
      from: "2022-01-01",
      to: "2022-12-31",
    };
    const params = Object.fromEntries(new URLSearchParams(toQueryString(filter)));
    expect(parseFigureFilter(params)).toEqual({ ok: true, filter });
  });
});
