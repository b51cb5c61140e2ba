import { describe, expect, it } from "vitest";
import { FigureInputSchema, type FigureFormValues } from "./figure-input";
import { recordFieldErrorsOf, RecordVersionSchema } from "./records/record-types";

// What the figures' PUT handler (record-handlers.ts) validates: the record and the version it was loaded at.
const UpdateFigureSchema = RecordVersionSchema.extend({ record: FigureInputSchema });

const good: FigureFormValues = {
  metric: "russia_iran_trade_turnover",
  route: "",
  subject: "Russia–Iran trade turnover",
  periodStart: "2023-01-01",
  periodEnd: "2023-12-31",
  periodLabel: "2023",
  value: "4.0",
  status: "reported",
  sourcePublisher: "bne IntelliNews",
  sourceTitle: "Russia-Iran trade",
  sourceUrl: "https://www.intellinews.com/318868",
  sourceDate: "2024-02",
  note: "",
};

const errorsOf = (values: Partial<FigureFormValues>) => {
  const parsed = FigureInputSchema.safeParse({ ...good, ...values });
  return parsed.success ? {} : recordFieldErrorsOf(parsed.error);
};

describe("FigureInputSchema", () => {
  it("accepts a good figure: blanks become null, and the value stays the exact text typed", () => {
    expect(FigureInputSchema.parse(good)).toEqual({ ...good, route: null, note: null, quotedSpeaker: null, dataOwner: null });
  });

  it.each(["4.0", "0.972", "-50", "0", "814000", "12345678901234567890.12345678901234567890"])(
    "keeps the decimal %s exactly as typed",
    (value) => {
      expect(FigureInputSchema.parse({ ...good, value }).value).toBe(value);
    },
  );

  it.each(["", "1,000", "1 000", "1e3", "4.", ".5", "+5", "01", "4.0 t", "abc", "NaN", "Infinity", "--1"])(
    "refuses the value %j",
    (value) => {
      expect(errorsOf({ value }).value?.[0]).toMatch(/^Value (is required|must be a plain number)/);
    },
  );

  it.each([
    [{ periodStart: "2023-02-30" }, "periodStart", "Period start must be a date that exists, written YYYY-MM-DD"],
    [{ periodEnd: "2023-13-01" }, "periodEnd", "Period end must be a date that exists, written YYYY-MM-DD"],
    [{ periodStart: "2024-01-01", periodEnd: "2023-12-31" }, "periodEnd", "Period end must not be before period start"],
    [{ periodLabel: "" }, "periodLabel", 'Give the period a label, such as "Jan–Apr 2024" or "H1 2023"'],
    [{ metric: "" }, "metric", "Choose a metric"],
    [{ subject: " " }, "subject", "Subject is required"],
    [{ status: "rumour" as never }, "status", "Status must be one of reported, claim, forecast, plan"],
    [{ sourcePublisher: "" }, "sourcePublisher", "Source publisher is required"],
    [{ sourceTitle: "" }, "sourceTitle", "Source title is required"],
    [{ sourceUrl: "intellinews.com/318868" }, "sourceUrl", "Source URL must be a web address starting with http:// or https://"],
    [{ sourceUrl: "javascript:alert(1)" }, "sourceUrl", "Source URL must be a web address starting with http:// or https://"],
    [{ sourceDate: "2024-02-30" }, "sourceDate", "Source date must be YYYY, YYYY-MM or YYYY-MM-DD, and exist"],
    [{ sourceDate: "Feb 2024" }, "sourceDate", "Source date must be YYYY, YYYY-MM or YYYY-MM-DD, and exist"],
  ])("refuses %j with a message on %s", (values, field, message) => {
    expect(errorsOf(values)[field as keyof FigureFormValues]?.[0]).toBe(message);
  });

  it("accepts a figure without a period, and a source date as exact as the source: year, month or day", () => {
    expect(FigureInputSchema.safeParse({ ...good, periodStart: "", periodEnd: "", periodLabel: "" }).success).toBe(true);
    for (const sourceDate of ["2024", "2024-02", "2024-02-29", ""])
      expect(FigureInputSchema.safeParse({ ...good, sourceDate }).success, sourceDate).toBe(true);
  });

  it("needs the version the form was loaded at to update", () => {
    expect(UpdateFigureSchema.safeParse({ record: good, version: 2 }).success).toBe(true);
    const missing = UpdateFigureSchema.safeParse({ record: good });
    expect(missing.success ? {} : recordFieldErrorsOf(missing.error)).toEqual({
      version: ["The form's version is missing; reload the page"],
    });
  });
});
