import { readFile } from "node:fs/promises";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { EventInputSchema } from "@/lib/admin/events/event-input";
import { eventRecords } from "@/lib/admin/events/event-records";
import { getRecordHistory } from "@/lib/admin/records/record-history";
import { deleteRecord, restoreRecord, updateRecord } from "@/lib/admin/records/record-writes";
import { RouteInputSchema } from "@/lib/admin/routes/route-input";
import { routeRecords } from "@/lib/admin/routes/route-records";
import { selectFigures } from "@/lib/data/figures/select-figures";
import { applyMigrations } from "@/lib/db/migrations";
import type { SeedCorrection } from "@/lib/seed/parse-seed-data";
import { readSeedData, seedDataDir, seedDatabase } from "@/lib/seed/seed-database";
import { createEditors, databaseKinds, nothingSeeded, openTestDatabase, type TestDatabase } from "./test-databases";

type CsvRow = Record<string, string>;
const readCsv = async (name: string) => parse(await readFile(path.join(seedDataDir, name), "utf8"), { columns: true }) as CsvRow[];
const blankToNull = (text: string | undefined) => (text === "" || text === undefined ? null : text);
/** event-metrics.csv read here, apart from the seed code: "date|title|slug" for every link it lists. */
const seedLinks = async () =>
  (await readCsv("event-metrics.csv")).flatMap((row) => row.metrics!.split(" ").map((slug) => `${row.date}|${row.title}|${slug}`)).sort();
const storedLinks = async (db: TestDatabase) =>
  (
    await db.prisma.$queryRaw<{ link: string }[]>`
      SELECT e.date::text || '|' || e.title || '|' || m.slug AS link
      FROM event_metrics em JOIN events e ON e.id = em.event_id JOIN metrics m ON m.id = em.metric_id`
  )
    .map((row) => row.link)
    .sort();

describe("the project's seed data", () => {
  it("holds every row of the shared reference data, unchanged (it may hold more)", async () => {
    const shared = path.resolve("..", "shared", "data");
    const present = await readFile(path.join(shared, "facts.csv"), "utf8").then(
      () => true,
      () => false,
    );
    // Users clone only the project; beside the shared folder (as in CI) every shared row must be in the copy as it is.
    if (!present) return expect(present).toBe(false);
    for (const name of ["routes.csv", "metrics.csv", "facts.csv", "events.csv", "route-nodes.csv"]) {
      const rowsOf = async (dir: string) =>
        (parse(await readFile(path.join(dir, name), "utf8"), { columns: true }) as CsvRow[]).map((row) => JSON.stringify(row));
      const copy = new Map<string, number>();
      for (const row of await rowsOf(seedDataDir)) copy.set(row, (copy.get(row) ?? 0) + 1);
      // A multiset: a row the reference data repeats must be repeated in the copy too.
      const missing = (await rowsOf(shared)).filter((row) => {
        const left = copy.get(row) ?? 0;
        copy.set(row, left - 1);
        return left <= 0;
      });
      expect(missing, `${name}: rows of ../shared/data missing from prisma/seed-data or changed there`).toEqual([]);
    }
  });
});

describe.each(databaseKinds)("seeding the %s database", (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
    await applyMigrations(db.migrationAdapter());
  });
  afterAll(() => db.dispose());

  it("inserts every route, metric, figure and event, and the events' links to metrics", async () => {
    const result = await seedDatabase(db.prisma, await readSeedData());
    expect(result).toEqual({
      routes: 7,
      metrics: 90,
      figures: 797 + 1,
      events: 61,
      eventMetrics: (await seedLinks()).length,
      routeNodes: 88,
      corrected: 0,
    });
  });

  it("links exactly the events event-metrics.csv names to exactly its metrics", async () => {
    const links = await seedLinks();
    expect(links.length).toBeGreaterThan(200);
    expect(await storedLinks(db)).toEqual(links);
    const maersk = await db.prisma.event.findFirstOrThrow({
      where: { title: "Maersk pulls its ships out of the Red Sea route" },
      include: { metrics: { include: { metric: true } } },
    });
    expect(maersk.metrics.map((link) => link.metric.slug)).toContain("suez_transits");
    expect(await db.prisma.event.count({ where: { metrics: { none: {} } } })).toBe(7);
  });

  it("holds every fact of facts.csv and facts-from-notes.csv exactly: value, unit, period, status, source and note", async () => {
    const facts = [...(await readCsv("facts.csv")), ...(await readCsv("facts-from-notes.csv"))];
    const seeds = (await readSeedData()).figures;
    const figures = await selectFigures(db.kysely);
    const bySeedKey = new Map(
      (await db.prisma.figure.findMany({ select: { id: true, seedKey: true } })).map((row) => [row.seedKey, row.id]),
    );
    expect(figures).toHaveLength(facts.length);
    facts.forEach((fact, index) => {
      const id = bySeedKey.get(seeds[index]!.seedKey);
      const figure = figures.find((candidate) => candidate.id === id);
      expect(figure, `facts.csv row ${index + 1}`).toBeDefined();
      const sourceDate = figure!.source.date === null ? null : figure!.source.date.slice(0, fact.source_date!.length);
      expect({
        metric: figure!.metric.slug,
        route: figure!.route?.slug ?? "",
        subject: figure!.subject,
        value: figure!.value,
        unit: figure!.metric.unit,
        period_start: figure!.periodStart ?? "",
        period_end: figure!.periodEnd ?? "",
        period_label: figure!.periodLabel ?? "",
        status: figure!.status,
        source_publisher: figure!.source.publisher,
        source_title_or_id: figure!.source.title,
        source_url: figure!.source.url ?? "",
        source_date: sourceDate ?? "",
        note: figure!.note ?? "",
      }).toEqual(fact);
    });
  });

  it("keeps blank values unknown, never zero", async () => {
    const undated = await db.prisma.figure.count({ where: { periodStart: null, periodEnd: null } });
    const facts = [...(await readCsv("facts.csv")), ...(await readCsv("facts-from-notes.csv"))];
    expect(undated).toBe(facts.filter((f) => f.period_start === "" && f.period_end === "").length);
    expect(await db.prisma.figure.count({ where: { note: "" } })).toBe(0);
    expect(await db.prisma.figure.count({ where: { sourceUrl: "" } })).toBe(0);
  });

  it("holds every route and event of the CSV files", async () => {
    const routes = await readCsv("routes.csv");
    const stored = await db.prisma.route.findMany({ orderBy: { position: "asc" } });
    expect(stored.map((r) => [r.slug, r.name, r.kind, r.modes.join(";"), r.via, r.description])).toEqual(
      routes.map((r) => [r.slug, r.name, r.kind, r.modes, r.via, r.description]),
    );
    const events = await readCsv("events.csv");
    const storedEvents = await db.prisma.$queryRaw<CsvRow[]>`
      SELECT e.date::text AS date, e.date_precision::text AS date_precision, e.title, coalesce(r.slug, '') AS route,
             e.status::text AS status, e.source_publisher, e.source_title AS source_title_or_id,
             coalesce(e.source_url, '') AS source_url, coalesce(e.source_date::text, '') AS source_date,
             e.source_date_precision::text AS precision
      FROM events e LEFT JOIN routes r ON r.id = e.route_id ORDER BY e.id`;
    expect(
      storedEvents.map(({ precision, ...row }) => ({
        ...row,
        source_date:
          precision === "year" ? row.source_date!.slice(0, 4) : precision === "month" ? row.source_date!.slice(0, 7) : row.source_date,
      })),
    ).toEqual(events.map((event) => ({ ...event, source_url: blankToNull(event.source_url) ?? "" })));
  });

  it("gives relayed rows their person quoted and data owner, read from the publisher as cited", async () => {
    const rows = await db.prisma.figure.findMany({ select: { sourcePublisher: true, quotedSpeaker: true, dataOwner: true } });
    const of = (publisher: string) =>
      rows.filter((row) => row.sourcePublisher === publisher).map(({ quotedSpeaker, dataOwner }) => [quotedSpeaker, dataOwner]);
    expect(of("Trend (ADY data)")).toEqual(Array(3).fill([null, "ADY"]));
    expect(new Set(of("Lenta.ru (quoting Alexei Overchuk, via TASS)").map(String))).toEqual(new Set([String(["Alexei Overchuk", null])]));
    expect(new Set(of("Zawya (quoting Osama Rabie, SCA)").map(String))).toEqual(new Set([String(["Osama Rabie", "SCA"])]));
    expect(of("IFP News").every(([speaker, owner]) => speaker === null && owner === null)).toBe(true);
    const relayed = rows.filter((row) => /\((quoting|.* data\))/.test(row.sourcePublisher));
    expect(relayed.length).toBeGreaterThan(200);
    expect(relayed.filter((row) => row.quotedSpeaker === null && row.dataOwner === null)).toEqual([]);
  });

  it("fills the provenance of seeded figures stored before it existed, once, without marking them changed", async () => {
    const [row] = await db.prisma.$queryRaw<{ id: number; updated_at: Date }[]>`
      UPDATE figures SET quoted_speaker = NULL, data_owner = NULL WHERE source_publisher = 'TASS (quoting Alexei Overchuk)'
      RETURNING id, updated_at`;
    await seedDatabase(db.prisma, await readSeedData());
    const after = await db.prisma.figure.findUniqueOrThrow({ where: { id: row!.id } });
    expect([after.quotedSpeaker, after.dataOwner, after.version, after.updatedAt.getTime()]).toEqual([
      "Alexei Overchuk",
      null,
      1,
      row!.updated_at.getTime(),
    ]);
  });

  it("names each metric's look-alikes, and fills them in for untouched metrics of a database seeded before, never an edited one", async () => {
    const lookalikes = parse(await readFile(path.join(seedDataDir, "metric-lookalikes.csv"), "utf8"), { columns: true }) as CsvRow[];
    const stored = await db.prisma.metric.findMany({ where: { lookalikes: { not: "" } }, select: { slug: true, lookalikes: true } });
    expect(
      stored.flatMap((metric) => metric.lookalikes.split("\n").map((line) => `${metric.slug} → ${line.split(":")[0]}`)).sort(),
    ).toEqual(lookalikes.map((row) => `${row.metric} → ${row.lookalike}`).sort());
    const [untouched] = await db.prisma.$queryRaw<{ updated_at: Date }[]>`
      UPDATE metrics SET lookalikes = '' WHERE slug = 'transit_time' RETURNING updated_at`;
    await db.prisma.metric.update({ where: { slug: "route_length" }, data: { lookalikes: "", version: { increment: 1 } } });
    await seedDatabase(db.prisma, await readSeedData());
    const transit = await db.prisma.metric.findUniqueOrThrow({ where: { slug: "transit_time" } });
    expect([transit.lookalikes.split("\n").length, transit.version, transit.updatedAt.getTime()]).toEqual([
      2,
      1,
      untouched!.updated_at.getTime(),
    ]);
    expect(await db.prisma.metric.findUniqueOrThrow({ where: { slug: "route_length" } })).toMatchObject({ lookalikes: "", version: 2 });
  });

  it("gives an untouched metric of a database seeded before cards its card and its free place, never an edited one or a taken place", async () => {
    const land = () => db.prisma.metric.findUniqueOrThrow({ where: { slug: "rasht_astara_land_acquired" } });
    const featured = async () =>
      (await db.prisma.metric.findMany({ where: { featured: { not: null } }, orderBy: { featured: "asc" } })).map((metric) => [
        metric.slug,
        metric.featured,
      ]);
    // As a database seeded before metric-cards.csv holds it: the card was the code's, and the metric had no place.
    const [untouched] = await db.prisma.$queryRaw<{ updated_at: Date }[]>`
      UPDATE metrics SET featured = NULL, progress_against = '', card_metrics = '' WHERE slug = 'rasht_astara_land_acquired'
      RETURNING updated_at`;
    await seedDatabase(db.prisma, await readSeedData());
    expect(await land()).toMatchObject({
      featured: 3,
      progressAgainst: "rasht_astara_length",
      cardMetrics: "rasht_astara_cost\nrasht_astara_russian_loan",
      version: 1,
      updatedAt: untouched!.updated_at,
    });
    // An editor put another metric in place 3 and took transit off the overview: the seed overrides neither.
    await db.prisma.$executeRaw`UPDATE metrics SET featured = NULL WHERE slug = 'rasht_astara_land_acquired'`;
    await db.prisma.metric.update({ where: { slug: "transit_time" }, data: { featured: 3, version: { increment: 1 } } });
    await db.prisma.metric.update({ where: { slug: "azerbaijan_instc_transit" }, data: { featured: null, version: { increment: 1 } } });
    await seedDatabase(db.prisma, await readSeedData());
    expect(await featured()).toEqual([
      ["russia_iran_trade_growth", 1],
      ["transit_time", 3],
    ]);
    // Back as seeded, for the tests after this one.
    await db.prisma.$executeRaw`UPDATE metrics SET featured = NULL WHERE slug = 'transit_time'`;
    await db.prisma.$executeRaw`UPDATE metrics SET featured = 2 WHERE slug = 'azerbaijan_instc_transit'`;
    await db.prisma.$executeRaw`UPDATE metrics SET featured = 3 WHERE slug = 'rasht_astara_land_acquired'`;
  });

  it("is idempotent: a second run adds and changes nothing", async () => {
    const before = await selectFigures(db.kysely);
    const links = await storedLinks(db);
    expect(await seedDatabase(db.prisma, await readSeedData())).toEqual(nothingSeeded);
    expect(await selectFigures(db.kysely)).toEqual(before);
    expect(await storedLinks(db)).toEqual(links);
  });

  it("never overwrites a figure an editor has changed", async () => {
    const [first] = await selectFigures(db.kysely);
    await db.prisma.figure.update({
      where: { id: first!.id, version: first!.version },
      data: { value: "123.45", note: "corrected by an editor", version: { increment: 1 } },
    });
    await seedDatabase(db.prisma, await readSeedData());
    const after = await db.prisma.figure.findUniqueOrThrow({ where: { id: first!.id } });
    expect([after.value.toString(), after.note, after.version]).toEqual(["123.45", "corrected by an editor", 2]);
    expect(await db.prisma.figure.count()).toBe(798);
  });
});

describe.each(databaseKinds)("events' links to metrics on an existing %s database", (kind) => {
  let db: TestDatabase;
  let editor: number;
  const maerskTitle = "Maersk pulls its ships out of the Red Sea route";
  const eventTitled = (title: string) => db.prisma.event.findFirstOrThrow({ where: { title } });
  const slugsOf = async (eventId: number) =>
    (await db.prisma.eventMetric.findMany({ where: { eventId }, include: { metric: true } })).map((link) => link.metric.slug).sort();

  beforeEach(async () => {
    db = await openTestDatabase(kind);
    await applyMigrations(db.migrationAdapter());
    editor = (await createEditors(db, "Link editor"))[0];
  });
  afterEach(() => db.dispose());

  it("adds the links to the seeded events no editor has touched, never to an edited or deleted one, and only once", async () => {
    // A database seeded before events had metrics: the same events, none linked.
    const data = await readSeedData();
    await seedDatabase(db.prisma, { ...data, events: data.events.map((event) => ({ ...event, metrics: [] })) });
    expect(await db.prisma.eventMetric.count()).toBe(0);
    // An editor corrects one Red Sea event's title (not its links) and deletes another.
    const edited = await eventTitled(maerskTitle);
    const current = (await eventRecords.read(db.prisma, edited.id))!;
    const input = EventInputSchema.parse({ ...current.values, title: `${maerskTitle} (edited)` });
    expect((await updateRecord(db, eventRecords, editor, edited.id, 1, input)).ok).toBe(true);
    const deleted = await eventTitled(
      "Houthis hijack the car carrier Galaxy Leader in the Red Sea, first of a series of attacks on shipping",
    );
    expect((await deleteRecord(db, eventRecords, editor, deleted.id, 1)).ok).toBe(true);
    const untouched = await eventTitled("United States announces a multinational naval mission to protect Red Sea shipping");

    const result = await seedDatabase(db.prisma, await readSeedData());
    const links = await seedLinks();
    const redSeaLinks = links.filter((link) => link.includes("|Houthis hijack") || link.includes(`|${maerskTitle}|`)).length;
    expect(redSeaLinks).toBe(28);
    expect(result).toEqual({
      routes: 0,
      metrics: 0,
      figures: 0,
      events: 0,
      eventMetrics: links.length - redSeaLinks,
      routeNodes: 0,
      corrected: 0,
    });
    expect(await slugsOf(edited.id)).toEqual([]);
    expect(await db.prisma.event.findUnique({ where: { id: deleted.id } })).toBeNull();
    expect(await db.prisma.eventMetric.count({ where: { eventId: deleted.id } })).toBe(0);
    // The untouched event gains its links as a derived fill-in: still version 1, updated_at as seeded.
    const after = await db.prisma.event.findUniqueOrThrow({ where: { id: untouched.id } });
    expect([after.version, after.updatedAt.getTime()]).toEqual([1, untouched.updatedAt.getTime()]);
    expect(await slugsOf(untouched.id)).toContain("suez_transits");
    expect(await db.prisma.recordRevision.count({ where: { recordType: "event", recordId: untouched.id } })).toBe(0);

    expect((await seedDatabase(db.prisma, await readSeedData())).eventMetrics).toBe(0);
  });

  it("keeps an editor's change of an event's links, recorded in its history, through a re-seed", async () => {
    await seedDatabase(db.prisma, await readSeedData());
    const event = await eventTitled(maerskTitle);
    const current = (await eventRecords.read(db.prisma, event.id))!;
    const seeded = current.values.metrics;
    expect(seeded.split(", ")).toContain("container_spot_rate");
    // The editor keeps only the Suez transits and adds the Middle Corridor's cargo.
    const input = EventInputSchema.parse({ ...current.values, metrics: "suez_transits, middle_corridor_cargo" });
    const result = await updateRecord(db, eventRecords, editor, event.id, 1, input);
    expect(result).toMatchObject({ ok: true, record: { metrics: "middle_corridor_cargo, suez_transits", version: 2 } });

    // Its seeded state first (version 1, by the system), then the editor's change.
    const [baseline, revision] = await db.prisma.recordRevision.findMany({
      where: { recordType: "event", recordId: event.id },
      orderBy: { id: "asc" },
    });
    expect(baseline).toMatchObject({ action: "create", editorId: null, version: 1, before: null, after: { metrics: seeded, version: 1 } });
    expect(revision).toMatchObject({
      action: "update",
      editorId: editor,
      before: { metrics: seeded, version: 1 },
      after: { metrics: "middle_corridor_cargo, suez_transits", version: 2 },
    });
    const history = (await getRecordHistory(db, eventRecords, event.id))!;
    expect(history.revisions[0]!.changes).toEqual([
      { field: "metrics", label: "Metrics", before: seeded, after: "middle_corridor_cargo, suez_transits" },
    ]);

    expect((await seedDatabase(db.prisma, await readSeedData())).eventMetrics).toBe(0);
    expect(await slugsOf(event.id)).toEqual(["middle_corridor_cargo", "suez_transits"]);
  });
});

describe.each(databaseKinds)("a corrected seed row on the %s database", (kind) => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await openTestDatabase(kind);
    await applyMigrations(db.migrationAdapter());
    // A database filled before the correction: it holds the old row where the data now has the corrected one.
    const data = await readSeedData();
    const [{ was, now }] = data.corrections as [SeedCorrection];
    await seedDatabase(db.prisma, { ...data, figures: data.figures.map((f) => (f === now ? was : f)), corrections: [] });
  });
  afterEach(() => db.dispose());

  const pilot = async () => {
    const { now } = (await readSeedData()).corrections[0]!;
    const figure = await db.prisma.figure.findUniqueOrThrow({ where: { seedKey: now.seedKey }, include: { route: true } });
    const revisions = await db.prisma.recordRevision.findMany({
      where: { recordType: "figure", recordId: figure.id },
      orderBy: { id: "asc" },
    });
    return { row: { ...figure, revisions }, now };
  };

  it("becomes the corrected row by one revision of the seed, once, not a second figure (its seeded state kept before it)", async () => {
    const figures = await db.prisma.figure.count();
    expect((await seedDatabase(db.prisma, await readSeedData())).corrected).toBe(1);
    const { row, now } = await pilot();
    expect([row.route?.slug, row.note, row.version]).toEqual(["instc-caspian", now.note, 2]);
    // Its first recorded change: the state it was seeded with becomes version 1 of its history, so it can be restored.
    expect(row.revisions).toHaveLength(2);
    expect(row.revisions[0]).toMatchObject({ action: "create", editorId: null, version: 1, before: null });
    expect(row.revisions[0]!.after).toMatchObject({ route: "instc-west", note: "", version: 1, deleted: false });
    expect(row.revisions[1]).toMatchObject({ action: "update", editorId: null, version: 2 });
    expect(row.revisions[1]!.comment).toMatch(/^Seed data corrected: The 2022 INSTC pilot shipment/);
    expect(row.revisions[1]!.before).toMatchObject({ route: "instc-west", note: "" });
    expect(row.revisions[1]!.after).toMatchObject({ route: "instc-caspian", note: now.note });
    expect(await db.prisma.figure.count()).toBe(figures);
    expect(await seedDatabase(db.prisma, await readSeedData())).toEqual(nothingSeeded);
    expect(await db.prisma.recordRevision.count()).toBe(2);
  });

  it("keeps what an editor changed and corrects the rest", async () => {
    const { was } = (await readSeedData()).corrections[0]!;
    await db.prisma.figure.update({ where: { seedKey: was.seedKey }, data: { note: "An editor's note", version: { increment: 1 } } });
    await seedDatabase(db.prisma, await readSeedData());
    const { row } = await pilot();
    expect([row.route?.slug, row.note, row.version]).toEqual(["instc-caspian", "An editor's note", 3]);
  });

  it("corrects a deleted figure without bringing it back", async () => {
    const { was } = (await readSeedData()).corrections[0]!;
    await db.prisma.figure.update({ where: { seedKey: was.seedKey }, data: { deletedAt: new Date(), version: { increment: 1 } } });
    const figures = await db.prisma.figure.count();
    await seedDatabase(db.prisma, await readSeedData());
    const { row } = await pilot();
    expect([row.route?.slug, row.deletedAt !== null]).toEqual(["instc-caspian", true]);
    expect(row.revisions.at(-1)!.after).toMatchObject({ deleted: true });
    expect(await db.prisma.figure.count()).toBe(figures);
  });
});

describe.each(databaseKinds)("routes' map paths on an existing %s database", (kind) => {
  let db: TestDatabase;
  let editor: number;
  const routeNamed = (slug: string) => db.prisma.route.findUniqueOrThrow({ where: { slug } });
  /** A route's nodes as stored, read here apart from the app's code. */
  const storedNodes = async (slug: string) =>
    db.prisma.$queryRaw<{ seq: number; name: string; kind: string; latitude: string; longitude: string; to_next: string | null }[]>`
      SELECT n.seq, n.name, n.kind::text AS kind, n.latitude::text AS latitude, n.longitude::text AS longitude, n.to_next::text AS to_next
      FROM route_nodes n JOIN routes r ON r.id = n.route_id WHERE r.slug = ${slug} ORDER BY n.seq`;

  beforeEach(async () => {
    db = await openTestDatabase(kind);
    await applyMigrations(db.migrationAdapter());
    editor = (await createEditors(db, "Path editor"))[0];
  });
  afterEach(() => db.dispose());

  it("stores every node of route-nodes.csv, in order", async () => {
    await seedDatabase(db.prisma, await readSeedData());
    const csv = await readCsv("route-nodes.csv");
    const stored = await db.prisma.$queryRaw<{ row: string }[]>`
      SELECT r.slug || ',' || n.seq || ',' || n.name || ',' || n.latitude::text || ',' || n.longitude::text || ',' || coalesce(n.to_next::text, '') AS row
      FROM route_nodes n JOIN routes r ON r.id = n.route_id ORDER BY r.slug, n.seq`;
    expect(stored.map((entry) => entry.row)).toEqual(
      csv
        .map((row) => [row.route, row.seq, row.name, row.lat, row.lon, row.to_next].join(","))
        .sort((a, b) => {
          const [slugA, seqA] = a.split(",");
          const [slugB, seqB] = b.split(",");
          return slugA === slugB ? Number(seqA) - Number(seqB) : slugA! < slugB! ? -1 : 1;
        }),
    );
  });

  it("gives the untouched routes of a database seeded before paths their nodes, once, never an edited route", async () => {
    const data = await readSeedData();
    await seedDatabase(db.prisma, { ...data, routes: data.routes.map((route) => ({ ...route, nodes: [] })) });
    expect(await db.prisma.routeNode.count()).toBe(0);
    // An editor changes the eastern route's description (it has no path yet, so none is saved).
    const east = await routeNamed("instc-east");
    const current = (await routeRecords.read(db.prisma, east.id))!;
    expect(current.values.nodes).toBe("");
    const input = RouteInputSchema.parse({ ...current.values, description: `${current.values.description} Edited.` });
    expect((await updateRecord(db, routeRecords, editor, east.id, 1, input)).ok).toBe(true);
    const west = await routeNamed("instc-west");

    const result = await seedDatabase(db.prisma, await readSeedData());
    const eastNodes = data.routes.find((route) => route.slug === "instc-east")!.nodes.length;
    expect(result.routeNodes).toBe(88 - eastNodes);
    expect(await storedNodes("instc-east")).toEqual([]);
    expect((await storedNodes("instc-west")).map((node) => node.name).slice(5, 8)).toEqual([
      "Astara (Azerbaijan)",
      "Astara (Iran)",
      "Rasht",
    ]);
    // A derived fill-in: the route is still version 1, updated_at as seeded, with no revision.
    const after = await routeNamed("instc-west");
    expect([after.version, after.updatedAt.getTime()]).toEqual([1, west.updatedAt.getTime()]);
    expect(await db.prisma.recordRevision.count({ where: { recordType: "route", recordId: west.id } })).toBe(0);

    expect((await seedDatabase(db.prisma, await readSeedData())).routeNodes).toBe(0);
  });

  it("edits a route's nodes through the route form, with history, kept through a re-seed and restorable", async () => {
    await seedDatabase(db.prisma, await readSeedData());
    const west = await routeNamed("instc-west");
    const current = (await routeRecords.read(db.prisma, west.id))!;
    const seeded = current.values.nodes;
    expect(seeded.split("\n")[7]).toBe("Rasht | Iran | city | 37.28 | 49.58 | rail | Qazvin–Rasht railway opened 2019");
    // The editor moves Rasht (written with one decimal) and ends the route at Bandar Abbas.
    const lines = seeded.split("\n");
    lines[7] = "Rasht | Iran | city | 37.3 | 49.58 | rail";
    const edited = [...lines.slice(0, 10), "Bandar Abbas | Iran | port | 27.18 | 56.27"].join("\n");
    const input = RouteInputSchema.parse({ ...current.values, nodes: edited });
    const result = await updateRecord(db, routeRecords, editor, west.id, 1, input);
    expect(result.ok).toBe(true);
    const saved = (await routeRecords.read(db.prisma, west.id))!;
    expect(saved.version).toBe(2);
    expect(saved.values.nodes.split("\n")).toHaveLength(11);
    expect(saved.values.nodes.split("\n")[7]).toBe("Rasht | Iran | city | 37.30 | 49.58 | rail");
    const nodes = await storedNodes("instc-west");
    expect(nodes.map((node) => node.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(nodes[7]).toMatchObject({ name: "Rasht", latitude: "37.30", to_next: "rail" });
    expect(nodes[10]).toMatchObject({ name: "Bandar Abbas", to_next: null });

    const [baseline, revision] = await db.prisma.recordRevision.findMany({
      where: { recordType: "route", recordId: west.id },
      orderBy: { id: "asc" },
    });
    expect(baseline).toMatchObject({ action: "create", editorId: null, version: 1, before: null, after: { nodes: seeded, version: 1 } });
    expect(revision).toMatchObject({
      action: "update",
      editorId: editor,
      before: { nodes: seeded, version: 1 },
      after: { nodes: saved.values.nodes, version: 2 },
    });
    const history = (await getRecordHistory(db, routeRecords, west.id))!;
    expect(history.revisions[0]!.changes).toEqual([{ field: "nodes", label: "Map path", before: seeded, after: saved.values.nodes }]);

    expect((await seedDatabase(db.prisma, await readSeedData())).routeNodes).toBe(0);
    expect(await storedNodes("instc-west")).toEqual(nodes);

    // An editor takes the route off the map; restoring the first revision's state puts the edited path back.
    const offMap = RouteInputSchema.parse({ ...saved.values, nodes: "" });
    expect((await updateRecord(db, routeRecords, editor, west.id, 2, offMap)).ok).toBe(true);
    expect(await storedNodes("instc-west")).toEqual([]);
    const restored = await restoreRecord(db, routeRecords, editor, west.id, revision!.id, 3);
    expect(restored.ok).toBe(true);
    expect((await routeRecords.read(db.prisma, west.id))!.values.nodes).toBe(saved.values.nodes);
    expect(await storedNodes("instc-west")).toEqual(nodes);
  });
});
