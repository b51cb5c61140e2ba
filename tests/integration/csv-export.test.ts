import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { figureCsvColumns } from "@/lib/csv/figure-csv";
import { applyMigrations } from "@/lib/db/migrations";
import { readSeedData, seedDatabase, seedDataDir } from "@/lib/seed/seed-database";
import { startServer, type RunningServer } from "./next-server";
import { createServerDatabase } from "./test-databases";
import { connectDatabase, type Database } from "@/lib/db/connect";

const run = promisify(execFile);
const generated = 100_000;
// The seeded figures: every data row of the two fact files, read here independently of the seed code.
const seedFacts = ["facts.csv", "facts-from-notes.csv"].flatMap(
  (name) =>
    Papa.parse<Record<string, string>>(readFileSync(path.join(seedDataDir, name), "utf8"), { header: true, skipEmptyLines: true }).data,
);
const seeded = seedFacts.length;

function serverRssBytes(pid: number): Promise<number> {
  return readFile(`/proc/${pid}/status`, "utf8").then((status) => Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) * 1024);
}

describe(`the whole-dataset CSV with ${generated.toLocaleString("en")} figures, from PostgreSQL`, () => {
  let database: Awaited<ReturnType<typeof createServerDatabase>>;
  let db: Database;
  let server: RunningServer;

  beforeAll(async () => {
    database = await createServerDatabase();
    db = await connectDatabase({ kind: "postgres", url: database.url, poolMax: 2 });
    await applyMigrations(db.migrationAdapter());
    await seedDatabase(db.prisma, await readSeedData());
    // Generated rows with text that needs quoting and guarding, in one statement (the server does the work).
    await db.prisma.$executeRawUnsafe(`
      INSERT INTO figures (metric_id, route_id, subject, period_start, period_end, period_label, value, status,
                           source_publisher, source_title, note, updated_at)
      SELECT (SELECT id FROM metrics WHERE slug = 'azerbaijan_instc_transit'), (SELECT id FROM routes WHERE slug = 'instc-west'),
             'Generated, "quoted" ' || n, date '2000-01-01' + (n % 9000), date '2000-01-01' + (n % 9000) + 30, 'gen ' || n,
             (n * 7 % 100000 - 50000)::numeric / 100, 'reported', '=Publisher ' || (n % 50), 'Title ' || n,
             CASE WHEN n % 3 = 0 THEN NULL ELSE 'note ' || n || E'\\nsecond line' END, now()
      FROM generate_series(1, ${generated}) AS n`);
    // V8 sizes its heap to the allocation rate: uncapped, a fast export lets garbage pile up (old space to ~150 MB,
    // young space to 48 MB) before collecting it; it plateaus there, and repeated exports do not add to it. Small
    // caps on both make the measurement about what the export keeps alive: buffered rows would not fit.
    server = await startServer({ DATABASE_URL: database.url, NODE_OPTIONS: "--max-old-space-size=128 --max-semi-space-size=2" });
  }, 180_000);

  afterAll(async () => {
    await server?.stop();
    await db?.close();
    await database?.drop();
  });

  /** Downloads a CSV while sampling the server's resident memory; returns the text and the peak RSS. */
  async function download(query: string) {
    let peak = await serverRssBytes(server.pid);
    const sampler = setInterval(() => {
      void serverRssBytes(server.pid).then(
        (rss) => (peak = Math.max(peak, rss)),
        () => {},
      );
    }, 20);
    const response = await fetch(`${server.url}/api/csv/figures${query}`);
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let text = "";
    let chunks = 0;
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      chunks += 1;
      text += decoder.decode(value, { stream: true });
    }
    clearInterval(sampler);
    return { response, text, chunks, peak };
  }

  it("streams every row in order, with server memory that does not grow with the row count, readable by independent CSV parsers", async () => {
    const mb = (bytes: number) => bytes / 1024 / 1024;
    await download("?metric=transit_time"); // warm the route
    const baseline = await serverRssBytes(server.pid);
    // A tenth of the rows first: the heap grows to its working size here, and must not grow further below.
    const tenth = await download("?from=2000-01-01&to=2002-06-30");
    const { response, text, chunks, peak } = await download("");
    const tenthRows = tenth.text.split("\r\n").length;
    console.log(
      `CSV ${mb(Buffer.byteLength(text)).toFixed(1)} MB in ${chunks} chunks; server RSS before ${mb(baseline).toFixed(0)} MB, ` +
        `peak +${mb(tenth.peak - baseline).toFixed(1)} MB for ~${tenthRows} lines, +${mb(peak - baseline).toFixed(1)} MB for all`,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="corridor-watch-figures-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(chunks).toBeGreaterThan(10); // it arrived as a stream, not one buffered body
    expect(tenthRows).toBeGreaterThan(generated / 20);
    expect(mb(peak - baseline)).toBeLessThan(100);
    expect(mb(peak - Math.max(baseline, tenth.peak))).toBeLessThan(30); // ten times the rows, not ten times the memory

    const parsed = Papa.parse<string[]>(text, { newline: "\r\n", skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const [header, ...rows] = parsed.data;
    expect(header).toEqual([...figureCsvColumns]);
    expect(rows).toHaveLength(generated + seeded);
    const ids = rows.map((row) => Number(row[0]));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    const sample = rows.find((row) => row[3] === 'Generated, "quoted" 3')!;
    expect(sample[figureCsvColumns.indexOf("source_publisher")]).toBe("'=Publisher 3");
    expect(sample[figureCsvColumns.indexOf("note")]).toBe("");
    expect(rows.find((row) => row[3] === 'Generated, "quoted" 4')![figureCsvColumns.indexOf("note")]).toBe("note 4\nsecond line");

    // Python's csv module, a consumer written by other people in another language, reads the same table.
    const file = path.join(process.env.TEST_RUN_DIR ?? "/tmp", `export-${process.pid}.csv`);
    await writeFile(file, text);
    const { stdout } = await run("python3", [
      "-c",
      "import csv,sys\nrows=list(csv.reader(open(sys.argv[1],newline='',encoding='utf-8')))\nprint(len(rows)-1, len(set(map(len,rows))), rows[1][7])",
      file,
    ]);
    expect(stdout.trim()).toBe(`${generated + seeded} 1 ${rows[0]![7]}`);
  });

  it("answers 400 with a clear message for a bad filter, and writes the selection into the file name", async () => {
    const bad = await fetch(`${server.url}/api/csv/figures?from=2024-02-30&route=nowhere&metrik=x`);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({
      code: "bad_request",
      message: "Invalid filter",
      issues: [
        "The address asks for “metrik”, which this list does not know (it knows metric, route, status, from, to, source, q)",
        "The period start “2024-02-30” is not a date: write it as 2024-01-31",
      ],
      fieldErrors: {},
    });
    const reversed = await fetch(`${server.url}/api/csv/figures?from=2024-05-01&to=2024-01-01`);
    expect(await reversed.json()).toMatchObject({ issues: ["The period starts (2024-05-01) after it ends (2024-01-01)"] });
    const unknown = await fetch(`${server.url}/api/csv/figures?route=nowhere`);
    expect(await unknown.json()).toMatchObject({ issues: ["There is no route called “nowhere”"] });
    const filtered = await fetch(`${server.url}/api/csv/figures?metric=transit_time&route=suez`);
    expect(filtered.headers.get("content-disposition")).toContain("corridor-watch-figures-metric-transit_time-route-suez-");
    const rows = Papa.parse<string[]>(await filtered.text(), { skipEmptyLines: true }).data;
    // Suez's transit times in seed (id) order, as printed: Induqin's 45 and 60 first, then the 16 other claims.
    const suezTransit = seedFacts.filter((fact) => fact.metric === "transit_time" && fact.route === "suez");
    expect(suezTransit.slice(0, 2).map((fact) => [fact.value, fact.source_publisher])).toEqual([
      ["45", "Induqin"],
      ["60", "Induqin"],
    ]);
    expect(rows.slice(1).map((row) => row[7])).toEqual(suezTransit.map((fact) => fact.value));
    expect(rows.slice(1).every((row) => row[1] === "transit_time" && row[2] === "suez")).toBe(true);
  });

  it("describes a selection in a metadata document", async () => {
    const response = await fetch(`${server.url}/api/csv/figures/metadata?metric=transit_time`);
    const metadata = await response.json();
    const transitTimes = seedFacts.filter((fact) => fact.metric === "transit_time").length;
    expect(transitTimes).toBe(60);
    expect(metadata).toMatchObject({
      title: "Corridor Watch figures: metric transit_time",
      rowCount: transitTimes,
      filters: { metric: "transit_time" },
      csv: "/api/csv/figures?metric=transit_time",
    });
    expect(metadata.columns.map((column: { name: string }) => column.name)).toEqual([...figureCsvColumns]);
    // The compilation's licence travels with every download; the numbers stay their sources'.
    expect(metadata.licence).toMatchObject({
      name: "CC BY 4.0",
      url: "https://creativecommons.org/licenses/by/4.0/",
      attribution: "Corridor Watch",
    });
    expect(metadata.licence.scope).toContain("each figure remains its source's");
  });
});
