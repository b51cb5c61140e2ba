import { describe, expect, it } from "vitest";
import { recordFieldErrorsOf, RecordVersionSchema } from "../records/record-types";
import { joinSlugList, splitSlugList } from "../records/slug-list";
import { EventInputSchema, type EventFormValues } from "./event-input";

const good: EventFormValues = {
  date: "2024-05",
  title: "Rasht–Astara railway: construction agreement signed",
  route: "instc-west",
  status: "happened",
  sourcePublisher: "IRNA",
  sourceTitle: "Iran and Russia sign Rasht–Astara deal",
  sourceUrl: "https://example.org/rasht-astara",
  sourceDate: "2024-05-17",
  metrics: "",
};

const errorsOf = (values: Partial<Record<keyof EventFormValues, unknown>>) => {
  const parsed = EventInputSchema.safeParse({ ...good, ...values });
  return parsed.success ? {} : recordFieldErrorsOf(parsed.error);
};

describe("EventInputSchema", () => {
  it("accepts a good event and turns blanks into null", () => {
    expect(EventInputSchema.parse(good)).toEqual({ ...good, metrics: [] });
    expect(EventInputSchema.parse({ ...good, route: " ", sourceUrl: "", sourceDate: "" })).toMatchObject({
      route: null,
      sourceUrl: null,
      sourceDate: null,
    });
  });

  it.each(["2028", "2024-05", "2024-02-29", " 2024-05-19 "])("accepts the partial date %j", (date) => {
    expect(errorsOf({ date })).toEqual({});
  });

  it.each([
    ["", "Date is required"],
    ["2023-02-29", "Date must be YYYY, YYYY-MM or YYYY-MM-DD, and exist"],
    ["2024-13", "Date must be YYYY, YYYY-MM or YYYY-MM-DD, and exist"],
    ["May 2024", "Date must be YYYY, YYYY-MM or YYYY-MM-DD, and exist"],
    ["24-05-19", "Date must be YYYY, YYYY-MM or YYYY-MM-DD, and exist"],
  ])("rejects the date %j", (date, message) => {
    expect(errorsOf({ date }).date?.[0]).toBe(message);
  });

  it("requires a title of at most 300 characters", () => {
    expect(errorsOf({ title: "   " }).title).toEqual(["Title is required"]);
    expect(errorsOf({ title: "x".repeat(300) })).toEqual({});
    expect(errorsOf({ title: "x".repeat(301) }).title).toEqual(["Title must be at most 300 characters"]);
  });

  it("takes a route slug or none", () => {
    expect(errorsOf({ route: "middle-corridor" })).toEqual({});
    expect(errorsOf({ route: "Not a slug" }).route).toEqual(["Route must be a route's slug, such as instc-west"]);
  });

  it("reads metric slugs separated by commas or spaces, once each, in order", () => {
    expect(
      EventInputSchema.parse({ ...good, metrics: " suez_transits,cape_transits  suez_transits ,\n container_spot_rate, " }).metrics,
    ).toEqual(["cape_transits", "container_spot_rate", "suez_transits"]);
    expect(EventInputSchema.parse({ ...good, metrics: " , " }).metrics).toEqual([]);
  });

  it.each([
    ["Suez_Transits", "Suez_Transits"],
    ["suez_transits; cape_transits", "suez_transits;"],
    ["suez-transits", "suez-transits"],
    ["cape_transits _suez", "_suez"],
  ])("refuses %j, naming the text that is not a slug", (metrics, culprit) => {
    expect(errorsOf({ metrics }).metrics).toEqual([`Metrics must be metric slugs separated by commas; "${culprit}" is not a slug`]);
  });

  it("limits the metrics field's length", () => {
    expect(errorsOf({ metrics: "a".repeat(4001) }).metrics).toEqual(["Metrics must be at most 4,000 characters"]);
  });

  it("takes only the known statuses", () => {
    expect(errorsOf({ status: "planned" })).toEqual({});
    expect(errorsOf({ status: "rumoured" }).status).toEqual(["Status must be one of happened, planned"]);
  });

  it("requires the source's publisher and title", () => {
    expect(errorsOf({ sourcePublisher: "", sourceTitle: "" })).toEqual({
      sourcePublisher: ["Source publisher is required"],
      sourceTitle: ["Source title is required"],
    });
  });

  it.each(["ftp://example.org/file", "not a url", "https://", "example.org/page"])("rejects the source URL %j", (sourceUrl) => {
    expect(errorsOf({ sourceUrl }).sourceUrl).toEqual(["Source URL must be a web address starting with http:// or https://"]);
  });

  it("takes a blank or partial source date that exists", () => {
    expect(errorsOf({ sourceDate: "2024" })).toEqual({});
    expect(errorsOf({ sourceDate: "2024-04-31" }).sourceDate).toEqual(["Source date must be YYYY, YYYY-MM or YYYY-MM-DD, and exist"]);
  });

  it("rejects a missing field and a non-string one", () => {
    const { title: _title, ...withoutTitle } = good;
    expect(EventInputSchema.safeParse(withoutTitle).success).toBe(false);
    expect(EventInputSchema.safeParse({ ...good, date: 2024 }).success).toBe(false);
    expect(EventInputSchema.safeParse(undefined).success).toBe(false);
  });

  it("needs a version to update", () => {
    const UpdateEventSchema = RecordVersionSchema.extend({ record: EventInputSchema });
    expect(UpdateEventSchema.safeParse({ record: good, version: 3 }).success).toBe(true);
    const missing = UpdateEventSchema.safeParse({ record: good });
    expect(missing.success ? {} : recordFieldErrorsOf(missing.error)).toEqual({
      version: ["The form's version is missing; reload the page"],
    });
  });
});

describe("metric slugs as one text", () => {
  it("joins a set canonically, so the same links always read (and diff) the same", () => {
    expect(joinSlugList(["suez_transits", "cape_transits", "suez_transits"])).toBe("cape_transits, suez_transits");
    expect(joinSlugList([])).toBe("");
    expect(joinSlugList(splitSlugList("b a, c"))).toBe(joinSlugList(splitSlugList("c,b  a")));
  });
});
