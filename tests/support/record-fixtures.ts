import type { FigureFormValues } from "@/lib/admin/figure-input";
import type { RecordWriteResult } from "@/lib/admin/records/record-writes";

// What the tests of writes start from: a figure's form as an editor fills it, and the record a write saved.

/** A figure of transit through Azerbaijan in H1 2025, from a test source; `overrides` changes any field. */
export const figureForm = (overrides: Partial<FigureFormValues> = {}): FigureFormValues => ({
  metric: "azerbaijan_instc_transit",
  route: "instc-west",
  subject: "Azerbaijan",
  periodStart: "2025-01-01",
  periodEnd: "2025-06-30",
  periodLabel: "H1 2025",
  value: "512000",
  status: "reported",
  sourcePublisher: "Test publisher",
  sourceTitle: "Test article",
  sourceUrl: "",
  sourceDate: "2025-07",
  note: "",
  ...overrides,
});

/** The record a write saved; a refusal or a conflict fails the test with what it said. */
export function saved<Values extends Record<string, string>>(result: RecordWriteResult<Values>) {
  if (!result.ok) throw new Error(`expected a saved record, got ${JSON.stringify(result)}`);
  return result.record;
}
