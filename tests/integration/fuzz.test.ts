import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FigureInputSchema } from "@/lib/admin/figure-input";
import { snapshotFieldLabels } from "@/lib/admin/figure-snapshot";
import type { RecordListRow } from "@/lib/admin/records/record-list-row";
import { valuesOf } from "@/lib/admin/records/record-types";
import { demoEditor } from "@/lib/auth/demo-editor";
import { signInCookie, startServer, type RunningServer } from "./next-server";
import { createServerDatabase } from "./test-databases";

// A property-based fuzz of the admin write API and the public query parameters, against the production server
// on both databases (issue 10). Seeded, so a failure replays; FUZZ_CASES sets the number of cases (`npm run fuzz --
// --cases 10000` for a long run). Properties: no 5xx; every refused write is JSON with field errors; nothing
// invalid is stored (each stored figure re-validates with the same schema); figures and revisions change exactly
// by the accepted writes.

const cases = Number(process.env.FUZZ_CASES ?? "200");
/**
 * A run's time limit grows with its cases: a page render on the embedded database takes tens of milliseconds on a
 * busy machine, so a 10,000-case run outlasts a fixed ten minutes without anything being wrong. Speed is the
 * benchmark's to judge; this only stops a run that hangs.
 */
const runLimit = Math.max(600_000, cases * 150);
const seed = Number(process.env.FUZZ_SEED ?? "20261201");

const hostileText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.constantFrom(
    "",
    " ",
    "\u0000",
    "a\u0000b",
    "😀".repeat(400),
    "x".repeat(10_001),
    "http://a.b",
    "https://example.org/x",
    "2024",
    "2024-02-30",
    "-0",
    "1e5",
    "NaN",
  ),
  fc.string({ maxLength: 5 }).map((text) => text.repeat(700)),
);
// Mostly valid fields, so that about a third of the writes are accepted and the "changes exactly by the accepted
// writes" property has something to count; each field is hostile now and then.
const field = <T>(valid: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 24, arbitrary: valid }, { weight: 1, arbitrary: hostileText }, { weight: 1, arbitrary: fc.anything() });
const figureArbitrary = fc.record({
  metric: field(fc.constantFrom("transit_time", "azerbaijan_instc_transit", "russia_iran_trade_turnover")),
  route: field(fc.constantFrom("", "instc-west", "suez")),
  subject: field(fc.constantFrom("Azerbaijan", "Iran", "Fuzz subject")),
  periodStart: field(fc.constant("")),
  periodEnd: field(fc.constant("")),
  periodLabel: field(fc.constantFrom("", "H1 2024")),
  value: field(
    fc.oneof(
      fc.integer().map(String),
      fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
      fc.constantFrom("4.0", "-50", "0.972"),
    ),
  ),
  status: field(fc.constantFrom("reported", "claim", "forecast", "plan")),
  sourcePublisher: field(fc.constantFrom("Fuzz publisher")),
  sourceTitle: field(fc.constantFrom("Fuzz title")),
  sourceUrl: field(fc.constantFrom("", "https://example.org/report")),
  sourceDate: field(fc.constantFrom("", "2024", "2024-05", "2024-05-19")),
  note: field(fc.constantFrom("", "A note")),
});
const bodyArbitrary = fc.oneof(
  { weight: 8, arbitrary: figureArbitrary.map((record) => ({ record })) },
  { weight: 1, arbitrary: fc.anything() },
);
const queryArbitrary = fc.array(
  fc.tuple(
    fc.oneof(fc.constantFrom("metric", "route", "status", "from", "to", "source", "page", "pageSize"), fc.string({ maxLength: 8 })),
    hostileText,
  ),
  { maxLength: 4 },
);

type Target = {
  kind: string;
  env: () => Promise<{ env: Record<string, string>; drop?: () => Promise<void>; credentials: { email: string; password: string } }>;
};

const targets: Target[] = [
  {
    kind: "embedded",
    env: async () => ({ env: { DATA_DIR: "memory://" }, credentials: { email: demoEditor.email, password: demoEditor.password } }),
  },
  {
    kind: "postgres",
    env: async () => {
      const database = await createServerDatabase();
      const { spawnSync } = await import("node:child_process");
      const run = (args: string[], input = "") => {
        const result = spawnSync("npx", ["tsx", "--conditions=react-server", ...args], {
          env: { ...process.env, DATABASE_URL: database.url },
          input,
          encoding: "utf8",
        });
        if (result.status !== 0) throw new Error(result.stderr);
      };
      run(["scripts/db-deploy.ts"]);
      const credentials = { email: "fuzz@corridor.watch", password: "fuzz editor password, long enough" };
      run(["scripts/editor-create.ts", "--email", credentials.email, "--name", "Fuzz"], credentials.password);
      return { env: { DATABASE_URL: database.url }, drop: database.drop, credentials };
    },
  },
];

describe.each(targets)("fuzz on the $kind database", ({ env }) => {
  let server: RunningServer;
  let drop: (() => Promise<void>) | undefined;
  let cookie: string;
  const headers = () => ({ "content-type": "application/json", cookie, origin: server.url });
  const listAll = async (): Promise<RecordListRow[]> => {
    const rows: RecordListRow[] = [];
    for (let page = 1; ; page += 1) {
      const response = await fetch(`${server.url}/api/admin/figures?deleted=include&sort=id&dir=asc&pageSize=100&page=${page}`, {
        headers: headers(),
      });
      const body = (await response.json()) as { rows: RecordListRow[]; total: number };
      rows.push(...body.rows);
      if (rows.length >= body.total || body.rows.length === 0) return rows;
    }
  };

  beforeAll(async () => {
    const prepared = await env();
    drop = prepared.drop;
    server = await startServer(prepared.env);
    cookie = await signInCookie(server, prepared.credentials);
  }, 240_000);
  afterAll(async () => {
    await server?.stop();
    await drop?.();
  });

  it(
    `admin writes: ${cases} cases, no 5xx, refusals with field errors, nothing invalid stored`,
    async () => {
      const before = new Set((await listAll()).map((figure) => figure.id));
      const accepted: number[] = [];
      await fc.assert(
        fc.asyncProperty(bodyArbitrary, async (body) => {
          const response = await fetch(`${server.url}/api/admin/figures`, {
            method: "POST",
            headers: headers(),
            body: JSON.stringify(body) ?? "null",
          });
          expect(response.status).toBeLessThan(500);
          const json = (await response.json()) as { record?: { id: number }; fieldErrors?: Record<string, string[]> };
          if (response.status === 201) accepted.push(json.record!.id);
          else {
            expect(response.status).toBe(422);
            expect(Object.keys(json.fieldErrors ?? {}).length).toBeGreaterThan(0);
          }
        }),
        { seed, numRuns: cases },
      );
      const after = await listAll();
      const created = after.filter((figure) => !before.has(figure.id));
      expect(created.map((figure) => figure.id).sort((a, b) => a - b)).toEqual([...accepted].sort((a, b) => a - b));
      for (const figure of created) {
        const revalidated = FigureInputSchema.safeParse(valuesOf(snapshotFieldLabels, figure));
        expect(revalidated.success, `figure ${figure.id}: ${JSON.stringify(revalidated.error?.issues)}`).toBe(true);
        const history = (await (await fetch(`${server.url}/api/admin/figures/${figure.id}/history`, { headers: headers() })).json()) as {
          revisions: unknown[];
        };
        expect(history.revisions, `figure ${figure.id}'s revisions`).toHaveLength(1);
      }
      expect(accepted.length, "writes accepted").toBeGreaterThan(0);
      expect(accepted.length, "writes accepted").toBeLessThan(cases);
      console.log(`fuzz: ${cases} writes, ${accepted.length} accepted, 0 5xx, 0 invalid rows`);
    },
    runLimit,
  );

  it(
    `public query parameters: ${cases} cases, no 5xx`,
    async () => {
      await fc.assert(
        fc.asyncProperty(
          queryArbitrary,
          fc.constantFrom("/api/figures", "/api/csv/figures", "/api/csv/figures/metadata", "/figures"),
          async (pairs, path) => {
            const query = new URLSearchParams(pairs).toString();
            const response = await fetch(`${server.url}${path}?${query}`);
            expect(response.status, `${path}?${query}`).toBeLessThan(500);
            await response.arrayBuffer();
          },
        ),
        { seed, numRuns: cases },
      );
    },
    runLimit,
  );
});
