import { describe, expect, it } from "vitest";
import { recordFieldErrorsOf } from "../records/record-types";
import { MetricInputSchema, type MetricFormValues } from "./metric-input";

const good: MetricFormValues = {
  slug: "transit_time",
  name: "Transit time",
  unit: "days",
  category: "route",
  description: "Door-to-door time for a shipment from Russia to India along the route.",
  lookalikes: "",
};

const errorsOf = (values: Partial<MetricFormValues>) => {
  const parsed = MetricInputSchema.safeParse({ ...good, ...values });
  return parsed.success ? {} : recordFieldErrorsOf(parsed.error);
};

describe("MetricInputSchema", () => {
  it("accepts a good metric, trimmed", () => {
    expect(MetricInputSchema.parse({ ...good, name: "  Transit time " })).toEqual({
      ...good,
      featured: null,
      overviewTrend: null,
      progressAgainst: "",
      cardMetrics: "",
    });
  });

  it("reads the whole a metric is progress towards, and the metrics on its card one a line, normalised", () => {
    const parsed = MetricInputSchema.parse({ ...good, progressAgainst: " rasht_astara_length ", cardMetrics: " cost \n\n loan\r\n" });
    expect(parsed).toMatchObject({ progressAgainst: "rasht_astara_length", cardMetrics: "cost\nloan" });
  });

  it.each([
    [
      { progressAgainst: "Rasht length" },
      "progressAgainst",
      "Progress against must be blank or one metric's slug, such as rasht_astara_length",
    ],
    [{ cardMetrics: "cost\nRasht cost" }, "cardMetrics", 'Also on its card: "Rasht cost" is not a metric\'s slug (one a line)'],
    [{ cardMetrics: "cost\ncost" }, "cardMetrics", "Also on its card names a metric twice"],
    [{ cardMetrics: "a\nb\nc\nd\ne\nf\ng" }, "cardMetrics", "Also on its card: at most 6 metrics"],
  ])("refuses %j on a card", (values, field, message) => {
    expect(errorsOf(values)).toEqual({ [field]: [message] });
  });

  it("reads a place among the overview's headline cards, blank or absent as not featured", () => {
    expect(MetricInputSchema.parse({ ...good, featured: " 2 " }).featured).toBe(2);
    expect(MetricInputSchema.parse({ ...good, featured: "" }).featured).toBeNull();
    expect(MetricInputSchema.parse(good).featured).toBeNull();
  });

  it.each(["0", "100", "first", "1.5", "-1"])("refuses %s as a place on the overview", (place) => {
    expect(errorsOf({ featured: place })).toEqual({
      featured: ["Featured on the overview must be blank or a whole number from 1 to 99 (its place among the headline cards)"],
    });
    expect(errorsOf({ overviewTrend: place })).toEqual({
      overviewTrend: ["Trend on the overview must be blank or a whole number from 1 to 99 (its place among the trend charts)"],
    });
  });

  it("reads a place among the overview's trend charts, blank or absent as not charted there", () => {
    expect(MetricInputSchema.parse({ ...good, overviewTrend: "3" }).overviewTrend).toBe(3);
    expect(MetricInputSchema.parse({ ...good, overviewTrend: "" }).overviewTrend).toBeNull();
    expect(MetricInputSchema.parse(good).overviewTrend).toBeNull();
  });

  it.each([
    [{ slug: "transit-time" }, "slug", "Slug must be lower-case letters and digits joined by underscores, such as transit_time"],
    [{ slug: "Transit_time" }, "slug", "Slug must be lower-case letters and digits joined by underscores, such as transit_time"],
    [{ slug: "x".repeat(65) }, "slug", "Slug must be at most 64 characters"],
    [{ name: "" }, "name", "Name is required"],
    [{ unit: " " }, "unit", "Unit is required"],
    [{ unit: "u".repeat(41) }, "unit", "Unit must be at most 40 characters"],
    [{ category: "weather" as never }, "category", "Category must be one of trade, transit, infrastructure, route, maritime"],
    [{ description: "" }, "description", "Description is required"],
  ])("refuses %j with a message on %s", (values, field, message) => {
    // The form shows the first message (an empty value also fails the format rule).
    expect(errorsOf(values)[field]?.[0]).toBe(message);
  });

  it("keeps look-alikes as one normalised 'slug: difference' a line, blank lines dropped", () => {
    const parsed = MetricInputSchema.parse({
      ...good,
      lookalikes: "\n  segment_transit_time :  one leg only \n\ntransit_time_weeks: in weeks\n",
    });
    expect(parsed.lookalikes).toBe("segment_transit_time: one leg only\ntransit_time_weeks: in weeks");
  });

  it.each([
    ["segment_transit_time", "Line 1 must say how segment_transit_time differs, after a colon"],
    ["Segment time: one leg", 'Line 1 must start with a metric\'s slug, then a colon: "transit_time: how they differ"'],
    ["a: one\nb: two\na: three", "Line 3 names a again"],
    [`a: ${"x".repeat(401)}`, "Line 1: the difference must be at most 400 characters"],
    ["a: b\u0000", "Not to be confused with must not contain a NUL character"],
  ])("refuses the look-alikes %j", (lookalikes, message) => {
    expect(errorsOf({ lookalikes }).lookalikes).toEqual([message]);
  });
});
