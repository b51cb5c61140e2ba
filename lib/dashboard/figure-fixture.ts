import type { FigureView } from "../data/types";

// Tests only: a plausible figure with every field filled, each call a new id, so a test names only what it is about.

let nextId = 1;

export function figureFixture(overrides: Partial<FigureView> = {}): FigureView {
  return {
    id: nextId++,
    metric: { slug: "m", name: "M", unit: "USD bn" },
    route: null,
    subject: "Russia–Iran",
    periodStart: null,
    periodEnd: null,
    periodLabel: null,
    value: "1",
    status: "reported",
    source: { publisher: "Source A", title: "t", url: null, date: null, datePrecision: null },
    note: null,
    quotedSpeaker: null,
    dataOwner: null,
    version: 1,
    updatedAt: "2026-01-01T00:00:00.000Z",
    lastEditedAt: null,
    ...overrides,
  };
}
