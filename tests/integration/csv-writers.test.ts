import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { figureRecords } from "@/lib/admin/figures/figure-records";
import { createRecord } from "@/lib/admin/records/record-writes";
import { FigureInputSchema, type FigureFormValues } from "@/lib/admin/figure-input";
import { figuresToCsv } from "@/lib/csv/figure-csv";
import { figureOutcomes } from "@/lib/data/claims/figure-outcomes";
import { refreshClaimEvidence } from "@/lib/data/claims/claim-evidence";
import { copyFiguresCsv } from "@/lib/data/figures/copy-figures-csv";
import { figureFilterConditions } from "@/lib/data/figures/get-figures";
import { selectFigures } from "@/lib/data/figures/select-figures";
import { applyMigrations } from "@/lib/db/migrations";
import type { FigureFilter } from "@/lib/filters/figure-filter";
import { sql } from "kysely";
import { readSeedData, seedDatabase } from "@/lib/seed/seed-database";
import { openTestDatabase, type TestDatabase } from "./test-databases";

// On a PostgreSQL server the export comes from COPY; elsewhere from csv-stringify. Both must write the same bytes.

const today = "2026-12-02";

const tricky = [
  "comma, inside",
  'a "quoted" word',
  "line one\nline two\r\nline three",
  "007",
  "=1+1",
  "-17%",
  "+48%",
  "@x",
  "\tx",
  "'=x",
  "''-x",
  "'plain",
  " spaced ",
  "\\.",
  "روسیه",
  "Россия",
  "Azərbaycan",
  "🚂",
  "x".repeat(10_000),
];

describe("the two CSV writers", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase("postgres");
    await applyMigrations(db.migrationAdapter());
    await seedDatabase(db.prisma, await readSeedData());
    const base: FigureFormValues = {
      metric: "transit_time",
      route: "suez",
      subject: "s",
      periodStart: "",
      periodEnd: "",
      periodLabel: "",
      value: "-45.50",
      status: "claim",
      sourcePublisher: "P",
      sourceTitle: "T",
      sourceUrl: "https://example.org/a,b",
      sourceDate: "2024-03",
      note: "",
    };
    for (const text of tricky) {
      const result = await createRecord(
        db,
        figureRecords,
        null,
        FigureInputSchema.parse({
          ...base,
          subject: text.slice(0, 200),
          note: text,
          sourceTitle: text.slice(0, 500),
          periodLabel: text.slice(0, 100),
        }),
      );
      if (!result.ok) throw new Error(JSON.stringify(result));
    }
  });
  afterAll(() => db.dispose());

  async function viaCopy(selection: { filter?: FigureFilter; ids?: number[] }) {
    const decoder = new TextDecoder();
    let text = "";
    for await (const chunk of copyFiguresCsv(db, selection, undefined, today)) text += decoder.decode(chunk, { stream: true });
    return text;
  }

  async function viaStringify(filter: FigureFilter, ids?: number[]) {
    const conditions = [...figureFilterConditions(filter), ...(ids ? [sql`f.id = ANY(${ids}::int[])`] : [])];
    const figures = await selectFigures(db.kysely, conditions, sql`ORDER BY f.id`);
    return figuresToCsv(figures, { header: false, outcomes: await figureOutcomes(db, figures, today) });
  }

  it.each<[string, FigureFilter]>([
    ["all figures", {}],
    ["a metric and route", { metric: "transit_time", route: "suez" }],
    ["a status and period", { status: "reported", from: "2022-01-01", to: "2023-12-31" }],
  ])("write the same bytes for %s", async (_case, filter) => {
    const copied = await viaCopy({ filter });
    expect(copied.length).toBeGreaterThan(100);
    expect(copied).toBe(await viaStringify(filter));
  });

  it("write the same outcomes, for the whole dataset and for a selection of its claims", async () => {
    const whole = await viaCopy({});
    expect(await viaCopy({ filter: { status: "forecast" } })).toBe(await viaStringify({ status: "forecast" }));
    // The seed's plans and forecasts carry their outcomes: met, missed, overdue, pending, undated all appear.
    const outcomes = new Set(
      whole.split("\r\n").flatMap((line) => /,(pending|met|missed|overdue|unclear|withdrawn|undated)$/.exec(line)?.[1] ?? []),
    );
    expect([...outcomes].sort()).toEqual(["met", "missed", "overdue", "pending", "unclear", "undated"]);
  });

  it("write the same bytes with the claim evidence stored as with it decided in the COPY", async () => {
    const current = async () =>
      (
        await db.prisma.$queryRawUnsafe<{ current: boolean }[]>(
          "SELECT changes_seen = (SELECT count(*) FROM data_changes) AS current FROM claim_evidence_state",
        )
      )[0]!.current;
    const decided = await viaCopy({});
    await refreshClaimEvidence(db.prisma);
    expect(await current()).toBe(true);
    expect(await viaCopy({})).toBe(decided);
    expect(await viaCopy({})).toBe(await viaStringify({}));
  });

  it("write the same bytes for a list of ids", async () => {
    const ids = [3, 5, 40, 41];
    expect(await viaCopy({ ids })).toBe(await viaStringify({}, ids));
  });

  it("stops the COPY and frees the connection when the reader stops early", async () => {
    const iterator = copyFiguresCsv(db, {});
    await iterator.next();
    await iterator.return(undefined);
    expect(db.pgPool!.waitingCount).toBe(0);
    expect(await viaCopy({ ids: [1] })).toBe(await viaStringify({}, [1]));
  });
});
