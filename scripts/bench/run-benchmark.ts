// The benchmark: Corridor Watch against a real PostgreSQL server at growing data sizes, each figure measured
// side by side with a baseline from the same run (absolute times drift on a shared machine; ratios do not).
//   npm run bench                      10,000 → 100,000 → 1,000,000 figures; writes docs/benchmarks.md
//   npm run bench -- --smoke           a small, fast run that proves the benchmark works (part of npm test)
// Needs a production build (`npm run build`; built here if missing) and PostgreSQL server binaries, or
// BENCH_ADMIN_URL pointing at a server where it may create a database.
import { execFile, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs, promisify } from "node:util";
import autocannon from "autocannon";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { hashPassword } from "../../lib/auth/password";
import { connectDatabase, type Database } from "../../lib/db/connect";
import { kyselyOver } from "../../lib/db/kysely";
import { applyMigrations } from "../../lib/db/migrations";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { readSeedData, seedDatabase } from "../../lib/seed/seed-database";
import { refreshClaimEvidence } from "../../lib/data/claims/claim-evidence";
import { databaseReads, getOverview } from "../../lib/data/overview/get-overview";
import type { FigureView } from "../../lib/data/types";
import { snapshotFieldLabels } from "../../lib/admin/figure-snapshot";
import type { RecordListRow } from "../../lib/admin/records/record-list-row";
import { valuesOf } from "../../lib/admin/records/record-types";
import { isRunning, startNext, type RunningServer } from "../../tests/integration/next-server";
import { runCli } from "../run-cli";
import { generateFigures } from "./generate-figures";
import { firstLoadJsGzip, mb, ms, peakRss, percentile, timeAsync, timeRequests } from "./measure";
import { measureLighthouse, type LighthouseFigures } from "./lighthouse";
import { pickHeadline } from "../../lib/dashboard/pick-headline";
import { formatValue } from "../../lib/format/format-number";

const run = promisify(execFile);
const { values: args } = parseArgs({
  options: { smoke: { type: "boolean", default: false }, sizes: { type: "string" }, out: { type: "string" } },
});
const smoke = args.smoke;
const sizes = (args.sizes ?? (smoke ? "2000" : "10000,100000,1000000")).split(",").map(Number);
const settings = smoke
  ? { requests: 20, loadSeconds: 2, loadConnections: 10, writes: 2 }
  : { requests: 200, loadSeconds: 20, loadConnections: 50, writes: 5 };
const log = (line: string) => console.log(line);
const editor = { email: "bench@corridor.watch", password: "benchmark-editor-password" };
const staticDir = path.resolve("public", "__bench");

type Row = { measure: string; value: string; baseline: string; ratio: string; target: string; met: string };
type PlanNode = { "Node Type": string; "Relation Name"?: string; "Index Name"?: string; Plans?: PlanNode[] };
const walk = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(walk)];

type PlanRow = { statement: string; usesIndex: boolean; figuresSeqScan: boolean; ms: number };

/** EXPLAIN ANALYZE of each statement: does it reach figures through an index, or read the whole table? */
async function explain(databaseUrl: string, statements: { text: string; values: unknown[] }[]): Promise<PlanRow[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const rows: PlanRow[] = [];
  for (const statement of statements) {
    if (!/\bfigures\b/.test(statement.text)) continue;
    const result = await client.query<{ "QUERY PLAN": unknown }>(`EXPLAIN (ANALYZE, FORMAT JSON) ${statement.text}`, statement.values);
    const [root] = result.rows[0]!["QUERY PLAN"] as { Plan: PlanNode; "Execution Time": number }[];
    const nodes = walk(root!.Plan);
    rows.push({
      statement: statement.text.replace(/\s+/g, " ").slice(0, 90),
      usesIndex: nodes.some(
        (node) => /Index/.test(node["Node Type"]) && (node["Relation Name"] === "figures" || node["Index Name"]?.startsWith("figures")),
      ),
      figuresSeqScan: nodes.some((node) => node["Node Type"] === "Seq Scan" && node["Relation Name"] === "figures"),
      ms: root!["Execution Time"],
    });
  }
  await client.end();
  return rows;
}

type ScaleRow = {
  figures: number;
  cachedP50: number;
  uncachedP50: number;
  sqlP50: number;
  csvMs: number;
  psqlMs: number;
  rssGrowth: number;
  csvBytes: number;
};

async function startCluster(): Promise<{ adminUrl: string; stop: () => Promise<void> }> {
  if (process.env.BENCH_ADMIN_URL) return { adminUrl: process.env.BENCH_ADMIN_URL, stop: async () => {} };
  const bin = (await run("bash", ["-c", "ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1"])).stdout.trim();
  if (!bin) throw new Error("PostgreSQL server binaries not found: apt-get install -y postgresql, or set BENCH_ADMIN_URL");
  const dir = await run("mktemp", ["-d", "/tmp/corridor-watch-bench.XXXXXX"]).then((r) => r.stdout.trim());
  await run("chmod", ["755", dir]);
  const adminUrl = (await run("bash", ["scripts/test-postgres.sh", "start", `${dir}/pg`, bin])).stdout.trim();
  return {
    adminUrl,
    stop: async () => {
      await run("bash", ["scripts/test-postgres.sh", "stop", `${dir}/pg`]).catch(() => {});
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function createDatabase(adminUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function server(databaseUrl: string, env: Record<string, string> = {}): Promise<RunningServer> {
  const started = await startNext({ DATABASE_URL: databaseUrl, ...env });
  if (!isRunning(started)) throw new Error(`server did not start: ${started.stderr}`);
  return started;
}

/** The SQL one overview render runs, recorded at the driver, to replay directly with pg as the baseline. */
async function overviewSql(databaseUrl: string): Promise<{ text: string; values: unknown[] }[]> {
  const recorded: { text: string; values: unknown[] }[] = [];
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  const query = pool.query.bind(pool) as (...args: unknown[]) => unknown;
  (pool as unknown as { query: (...args: unknown[]) => unknown }).query = (...queryArgs: unknown[]) => {
    const config = queryArgs[0] as { text?: string; values?: unknown[] };
    if (typeof config === "object" && config.text) recorded.push({ text: config.text, values: config.values ?? [] });
    return query(...queryArgs);
  };
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  const db: Database = {
    kind: "postgres",
    prisma,
    kysely: kyselyOver(prisma),
    migrationAdapter: () => {
      throw new Error("unused");
    },
    close: () => prisma.$disconnect(),
  };
  await getOverview(databaseReads(db));
  await prisma.$disconnect();
  await pool.end();
  return recorded;
}

async function signIn(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: baseUrl },
    body: JSON.stringify(editor),
  });
  if (!response.ok) throw new Error(`bench sign-in failed: ${response.status}`);
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");
}

/** Saves a change to the first headline card's lead figure and loads the overview until it shows it: save → visible, in ms. */
async function writeToVisible(baseUrl: string, round: number): Promise<number> {
  const cookie = await signIn(baseUrl);
  const headers = { "content-type": "application/json", cookie, origin: baseUrl };
  // The figure the overview's first card leads with, as the public API gives it; then its row as editors see it.
  const shownFigures = (await (await fetch(`${baseUrl}/api/figures?metric=russia_iran_trade_growth`)).json()) as { figures: FigureView[] };
  const lead = pickHeadline(shownFigures.figures)?.lead;
  const list = (await (await fetch(`${baseUrl}/api/admin/figures?metric=russia_iran_trade_growth&pageSize=100`, { headers })).json()) as {
    rows: RecordListRow[];
  };
  const figure = lead ? list.rows.find((row) => row.id === lead.id) : undefined;
  if (!lead || !figure) throw new Error("the headline figure is missing from the benchmark database");
  const value = `${lead.value.split(".")[0]}.${round + 1}`;
  const shown = formatValue(value, lead.metric.unit);
  const started = performance.now();
  const saved = await fetch(`${baseUrl}/api/admin/figures/${figure.id}`, {
    method: "PUT",
    headers,
    body: JSON.stringify({ record: { ...valuesOf(snapshotFieldLabels, figure), value }, version: figure.version }),
  });
  if (!saved.ok) throw new Error(`bench save failed: ${saved.status} ${await saved.text()}`);
  for (;;) {
    const html = await (await fetch(`${baseUrl}/`)).text();
    if (html.includes(shown)) return performance.now() - started;
    if (performance.now() - started > 10_000) throw new Error("the change did not appear within 10 s");
  }
}

/**
 * The pages that list figures or sources, rendered afresh: each must stay the same size however many figures
 * there are (pages of 100 figures or 50 sources, counts in SQL), on the benchmark's busiest route and metric.
 */
async function listPages(baseUrl: string): Promise<{ path: string; p50: number; bytes: number }[]> {
  const paths = [
    "/figures",
    "/figures?page=50",
    "/sources",
    "/routes",
    "/metrics",
    "/claims",
    "/changes",
    "/events",
    "/routes/bench-route-01",
    "/metrics/bench_metric_01",
  ];
  const results: { path: string; p50: number; bytes: number }[] = [];
  for (const path of paths) {
    const bytes = (await (await fetch(`${baseUrl}${path}`)).arrayBuffer()).byteLength;
    const samples = await timeRequests(`${baseUrl}${path}`, Math.max(3, settings.requests / 20), 1);
    results.push({ path, p50: percentile(samples, 50), bytes });
    log(`  ${path}: p50 ${ms(percentile(samples, 50))}, ${(bytes / 1024).toFixed(0)} KB`);
  }
  return results;
}

async function load(url: string, connections = settings.loadConnections): Promise<autocannon.Result> {
  return autocannon({ url, connections, duration: settings.loadSeconds });
}

type TwoInstances = { one: number; two: number; p99: number; errors: number };

/**
 * A second server on the same database beside the running one, and the benchmark's own round-robin: the load's
 * connections split evenly between the two (one autocannon on each, at once), against the same connections on
 * one server. On this 2-core machine the servers, PostgreSQL and autocannon share the cores, so two servers
 * measure that a second instance adds no errors more than that it doubles throughput.
 */
async function twoInstances(databaseUrl: string, firstUrl: string): Promise<TwoInstances> {
  const one = await load(`${firstUrl}/`);
  const second = await server(databaseUrl);
  try {
    await fetch(`${second.url}/`); // its cache filled, as the first's is
    const half = Math.max(1, Math.floor(settings.loadConnections / 2));
    const both = await Promise.all([load(`${firstUrl}/`, half), load(`${second.url}/`, settings.loadConnections - half)]);
    return {
      one: one.requests.average,
      two: both.reduce((sum, result) => sum + result.requests.average, 0),
      p99: Math.max(...both.map((result) => result.latency.p99)),
      errors: [one, ...both].reduce((sum, result) => sum + result.errors + result.timeouts + result.non2xx, 0),
    };
  } finally {
    await second.stop();
  }
}

async function psqlCopy(databaseUrl: string): Promise<{ ms: number; bytes: number }> {
  const select = `SELECT f.id, m.slug, r.slug, f.subject, f.period_start, f.period_end, f.period_label, f.value, m.unit, f.status,
    f.source_publisher, f.source_title, f.source_url, f.source_date, f.note, f.version, f.updated_at
    FROM figures f JOIN metrics m ON m.id = f.metric_id LEFT JOIN routes r ON r.id = f.route_id WHERE f.deleted_at IS NULL ORDER BY f.id`;
  const started = performance.now();
  const child = spawn("psql", [databaseUrl, "-X", "-q", "-c", `\\copy (${select.replace(/\s+/g, " ")}) to stdout with csv header`], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  let bytes = 0;
  child.stdout.on("data", (chunk: Buffer) => (bytes += chunk.length));
  await new Promise<void>((resolve, reject) =>
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`psql exited ${code}`)))),
  );
  return { ms: performance.now() - started, bytes };
}

async function csvDownload(baseUrl: string, pid: number) {
  return peakRss(pid, async () => {
    const started = performance.now();
    // Uncompressed, as psql's \copy receives it: the same bytes on both sides (a browser asks for gzip and gets the
    // file in a fifteenth of the bytes, for the server's compression time).
    const response = await fetch(`${baseUrl}/api/csv/figures`, { headers: { "accept-encoding": "identity" } });
    let bytes = 0;
    const reader = response.body!.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
    }
    return { ms: performance.now() - started, bytes };
  });
}

/** The Lighthouse section: the overview on a phone, against the issue's targets (not judged on a quick run). */
function lighthouseTable(phone: LighthouseFigures, check: (ok: boolean) => string): string[] {
  const met = (ok: boolean) => (phone.quick ? "— (quick run)" : check(ok));
  return [
    `Lighthouse on the overview (\`/\`), ${phone.quick ? "one quick run without throttling (smoke: the numbers mean nothing)" : `mobile, default throttling, median of ${phone.runs} runs`}:`,
    "",
    "| measure | value | target | met |",
    "|---|---|---|---|",
    `| performance score | ${phone.performance} | ≥ 90 | ${met(phone.performance >= 90)} |`,
    `| total blocking time (each run: ${phone.tbtEach.map(ms).join(", ")}) | ${ms(phone.tbtMs)} | ≤ 200 ms | ${met(phone.tbtMs <= 200)} |`,
    `| largest contentful paint | ${ms(phone.lcpMs)} | ≤ 2.5 s | ${met(phone.lcpMs <= 2500)} |`,
  ];
}

runCli(async () => {
  if (!existsSync(".next/BUILD_ID")) {
    log("building the app (next build)…");
    await run("npx", ["next", "build"], { env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  }
  const cluster = await startCluster();
  const rows: Row[] = [];
  const scale: ScaleRow[] = [];
  let loadResults: { page: string; result: autocannon.Result }[] = [];
  let scaleOut: TwoInstances | null = null;
  let js: { bytes: number; files: number } | null = null;
  let writes: number[] = [];
  let staticRatio: { cached: number[]; file: number[] } | null = null;
  let plans: PlanRow[] = [];
  let pages: { path: string; p50: number; bytes: number }[] = [];
  let phone: LighthouseFigures | null = null;
  try {
    const databaseUrl = await createDatabase(cluster.adminUrl, `cw_bench_${process.pid}`);
    const db = await connectDatabase({ kind: "postgres", url: databaseUrl, poolMax: 2 });
    await applyMigrations(db.migrationAdapter());
    await seedDatabase(db.prisma, await readSeedData());
    await db.prisma.editor.upsert({
      where: { email: editor.email },
      update: {},
      create: { email: editor.email, name: "Benchmark", passwordHash: await hashPassword(editor.password) },
    });
    await db.close();

    for (const [index, figures] of sizes.entries()) {
      const last = index === sizes.length - 1;
      log(`\n== ${figures.toLocaleString("en")} generated figures`);
      await generateFigures(databaseUrl, figures, 1, log);
      // What a server does after writes, in the background (lib/data/claims/claim-evidence.ts), done here first so
      // that the pages are measured as they run once it has landed.
      const writer = await connectDatabase({ kind: "postgres", url: databaseUrl, poolMax: 1 });
      const rewriteStarted = performance.now();
      await refreshClaimEvidence(writer.prisma);
      log(`  claim evidence rewritten in ${ms(performance.now() - rewriteStarted)}`);
      // A database at rest, as after any bulk load: otherwise autovacuum starts on the new rows while pages are
      // measured, and shares the machine's two cores with the server and Chromium.
      const vacuumStarted = performance.now();
      await writer.prisma.$executeRawUnsafe("VACUUM (ANALYZE)");
      log(`  vacuumed in ${ms(performance.now() - vacuumStarted)}`);
      await writer.close();

      // The overview's own HTML as a static file, served by the same server: the floor for a cached page (same
      // bytes, so compression costs the same).
      const probe = await server(databaseUrl);
      const overviewHtml = await (await fetch(`${probe.url}/`)).text();
      await probe.stop();
      await mkdir(staticDir, { recursive: true });
      await writeFile(path.join(staticDir, "overview-sized.html"), overviewHtml);

      const cached = await server(databaseUrl);
      const cachedSamples = await timeRequests(`${cached.url}/`, settings.requests);
      const fileSamples = await timeRequests(`${cached.url}/__bench/overview-sized.html`, settings.requests);
      const csv = await csvDownload(cached.url, cached.pid);
      const copy = await psqlCopy(databaseUrl);
      if (last) {
        staticRatio = { cached: cachedSamples, file: fileSamples };
        js = await firstLoadJsGzip(cached.url, "/");
        // Before the writes below, which change the overview's headline.
        phone = await measureLighthouse(`${cached.url}/`, { runs: smoke ? 1 : 5, quick: smoke });
        log(
          `  Lighthouse${phone.quick ? " (quick, unthrottled)" : " mobile"} on /: performance ${phone.performance}, TBT ${ms(phone.tbtMs)} (runs: ${phone.tbtEach.map(ms).join(", ")}), LCP ${ms(phone.lcpMs)}`,
        );
        writes = [];
        for (let round = 0; round < settings.writes; round += 1) writes.push(await writeToVisible(cached.url, round));
        loadResults = [];
        for (const page of ["/", "/routes/instc-west"]) loadResults.push({ page, result: await load(`${cached.url}${page}`) });
        scaleOut = await twoInstances(databaseUrl, cached.url);
        log(
          `  two instances on /: ${scaleOut.two.toFixed(0)} req/s against one's ${scaleOut.one.toFixed(0)} (${(scaleOut.two / scaleOut.one).toFixed(2)}×), ${scaleOut.errors} errors`,
        );
      }
      await cached.stop();

      const uncached = await server(databaseUrl, { PUBLIC_CACHE: "off" });
      const uncachedSamples = await timeRequests(`${uncached.url}/`, Math.max(10, settings.requests / 4));
      if (last) pages = await listPages(uncached.url);
      await uncached.stop();

      const statements = await overviewSql(databaseUrl);
      if (last) plans = await explain(databaseUrl, statements);
      const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
      const sqlSamples = await timeAsync(Math.max(10, settings.requests / 4), () =>
        Promise.all(statements.map((statement) => pool.query(statement.text, statement.values))),
      );
      await pool.end();

      scale.push({
        figures,
        cachedP50: percentile(cachedSamples, 50),
        uncachedP50: percentile(uncachedSamples, 50),
        sqlP50: percentile(sqlSamples, 50),
        csvMs: csv.result.ms,
        psqlMs: copy.ms,
        rssGrowth: csv.peak - csv.before,
        csvBytes: csv.result.bytes,
      });
      const latest = scale.at(-1)!;
      log(
        `  overview cached p50 ${ms(latest.cachedP50)}, uncached p50 ${ms(latest.uncachedP50)}, its SQL p50 ${ms(latest.sqlP50)} (${statements.length} statements)`,
      );
      log(`  CSV ${mb(latest.csvBytes)} in ${ms(latest.csvMs)} (psql \\copy ${ms(latest.psqlMs)}), server RSS +${mb(latest.rssGrowth)}`);
    }

    const top = scale.at(-1)!;
    const ratio = (a: number, b: number) => a / b;
    const check = (ok: boolean) => (ok ? "yes" : "**no**");
    const cachedP50 = percentile(staticRatio!.cached, 50);
    const cachedP95 = percentile(staticRatio!.cached, 95);
    const fileP50 = percentile(staticRatio!.file, 50);
    const fileP95 = percentile(staticRatio!.file, 95);
    rows.push(
      {
        measure: "overview page, cached, p50",
        value: ms(cachedP50),
        baseline: `the same HTML as a static file: ${ms(fileP50)}`,
        ratio: `${ratio(cachedP50, fileP50).toFixed(2)}×`,
        target: "≤ 1.5×",
        met: check(ratio(cachedP50, fileP50) <= 1.5),
      },
      {
        measure: "overview page, cached, p95",
        value: ms(cachedP95),
        baseline: `the same HTML as a static file: ${ms(fileP95)}`,
        ratio: `${ratio(cachedP95, fileP95).toFixed(2)}×`,
        target: "≤ 1.5×",
        met: check(ratio(cachedP95, fileP95) <= 1.5),
      },
      {
        measure: "overview page, caching off, p50",
        value: ms(top.uncachedP50),
        baseline: `its own SQL via pg: ${ms(top.sqlP50)}`,
        ratio: `${ratio(top.uncachedP50, top.sqlP50).toFixed(2)}×`,
        target: "≤ 3×",
        met: check(ratio(top.uncachedP50, top.sqlP50) <= 3),
      },
      {
        measure: `whole-dataset CSV (${(top.figures + 38).toLocaleString("en")} figures, ${mb(top.csvBytes)})`,
        value: ms(top.csvMs),
        baseline: `psql \\copy: ${ms(top.psqlMs)}`,
        ratio: `${ratio(top.csvMs, top.psqlMs).toFixed(2)}×`,
        target: "≤ 1.5×",
        met: check(ratio(top.csvMs, top.psqlMs) <= 1.5),
      },
      {
        measure: "CSV export: server RSS growth",
        value: mb(top.rssGrowth),
        baseline: "—",
        ratio: "—",
        target: "≤ 100 MB",
        met: check(top.rssGrowth <= 100 * 1048576),
      },
    );
    for (const { page, result } of loadResults) {
      rows.push({
        measure: `load ${settings.loadConnections} connections × ${settings.loadSeconds} s: ${page}`,
        value: `${result.requests.average.toFixed(0)} req/s, p99 ${result.latency.p99} ms`,
        baseline: "—",
        ratio: "—",
        target: "0 errors, 0 non-2xx",
        met: check(result.errors === 0 && result.non2xx === 0 && result.timeouts === 0),
      });
    }
    if (scaleOut) {
      rows.push({
        measure: `two instances, round-robin, ${settings.loadConnections} connections × ${settings.loadSeconds} s: /`,
        value: `${scaleOut.two.toFixed(0)} req/s, p99 ${scaleOut.p99} ms, ${scaleOut.errors} errors`,
        baseline: `one instance, same load: ${scaleOut.one.toFixed(0)} req/s`,
        ratio: `${(scaleOut.two / scaleOut.one).toFixed(2)}×`,
        target: "0 errors, 0 non-2xx",
        met: check(scaleOut.errors === 0),
      });
    }
    for (const page of pages) {
      rows.push({
        measure: `public list page, caching off: ${page.path}`,
        value: `${ms(page.p50)} p50, ${(page.bytes / 1024).toFixed(0)} KB of HTML`,
        baseline: "—",
        ratio: "—",
        target: "bounded: ≤ 1 s and ≤ 1 MB whatever the data",
        met: check(page.p50 <= 1000 && page.bytes <= 1048576),
      });
    }
    rows.push(
      {
        measure: "first-load JavaScript of the overview (gzip)",
        value: `${(js!.bytes / 1024).toFixed(1)} KB in ${js!.files} files`,
        baseline: "—",
        ratio: "—",
        target: "≤ 200 KB",
        met: check(js!.bytes <= 200 * 1024),
      },
      {
        measure: `write → visible (admin save, then page load; max of ${writes.length})`,
        value: ms(Math.max(...writes)),
        baseline: "—",
        ratio: "—",
        target: "≤ 1 s",
        met: check(Math.max(...writes) <= 1000),
      },
    );
    const lighthouseRows = lighthouseTable(phone!, check);

    const commit = (await run("git", ["rev-parse", "--short", "HEAD"]).catch(() => ({ stdout: "unknown" }))).stdout.trim();
    const pgVersion = (await run("psql", [cluster.adminUrl, "-XAtc", "SHOW server_version"]).catch(() => ({ stdout: "?" }))).stdout.trim();
    const table = [
      `Benchmark ${smoke ? "(smoke run, tiny data: figures are not meaningful)" : ""} — ${new Date().toISOString()}, commit ${commit}`,
      `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "?"}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, PostgreSQL ${pgVersion}`,
      "",
      "| measure | value | compared with (same run) | ratio | target | met |",
      "|---|---|---|---|---|---|",
      ...rows.map((row) => `| ${row.measure} | ${row.value} | ${row.baseline} | ${row.ratio} | ${row.target} | ${row.met} |`),
      "",
      "How the cost grows with the data:",
      "",
      "| generated figures | overview cached p50 | overview uncached p50 | its SQL p50 | whole CSV | psql \\copy | CSV RSS growth |",
      "|---|---|---|---|---|---|---|",
      ...scale.map(
        (s) =>
          `| ${s.figures.toLocaleString("en")} | ${ms(s.cachedP50)} | ${ms(s.uncachedP50)} | ${ms(s.sqlP50)} | ${ms(s.csvMs)} | ${ms(s.psqlMs)} | ${mb(s.rssGrowth)} |`,
      ),
      "",
      `Query plans of the overview's statements that read figures, at ${top.figures.toLocaleString("en")} generated figures (EXPLAIN ANALYZE):`,
      "",
      "| statement (start) | uses an index | sequential scan of figures | execution |",
      "|---|---|---|---|",
      ...plans.map(
        (plan) =>
          `| \`${plan.statement.replaceAll("|", "\\|")}…\` | ${plan.usesIndex ? "yes" : "**no**"} | ${plan.figuresSeqScan ? "**yes**" : "no"} | ${ms(plan.ms)} |`,
      ),
      "",
      ...lighthouseRows,
    ].join("\n");
    console.log(`\n${table}`);
    const out = args.out ?? (smoke ? undefined : "docs/benchmarks.md");
    if (out) {
      await mkdir(path.dirname(out), { recursive: true });
      await writeFile(out, `# Benchmarks\n\nWritten by \`npm run bench\`; see the README for what each line measures.\n\n${table}\n`);
      log(`\nwritten to ${out}`);
    }
  } finally {
    await rm(staticDir, { recursive: true, force: true });
    await cluster.stop();
  }
});
