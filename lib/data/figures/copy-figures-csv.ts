import "server-only";
import type pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import { CrlfRecordConverter } from "../../csv/crlf-records";
import { sql, type CompiledQuery } from "kysely";
import type { FigureFilter } from "../../filters/figure-filter";
import type { Reader } from "../reader";
import { claimEvidenceCurrent, figureOutcomeSql, type EvidenceSource } from "../claims/figure-outcome-sql";
import { todayIso } from "../../claims/claim-outcome";
import { figureFilterConditions } from "./get-figures";
import { figuresWithMetricAndRoute } from "../live-figures";
import { whereClause } from "./select-figures";

// The whole-dataset export on a PostgreSQL server: COPY … TO STDOUT streams CSV straight from the server, nearly as
// fast as psql's \copy and in constant memory. The SELECT writes each cell exactly as lib/csv/figure-csv.ts does
// (same columns, the same spreadsheet guard, partial source dates, UTC timestamps, empty for unknown), and CRLF
// record ends are restored on the way; a test compares both writers byte for byte.

/**
 * Text cells: guarded like guardCell, and empty rather than "" (COPY quotes an empty string, not a NULL). The
 * pattern runs only where the first character's code is below 65 ("A"), as every character it looks for is
 * (', =, +, -, @, tab, CR): nine patterns a row made a sixth of the export's time.
 */
function text(column: string): string {
  return `CASE WHEN ascii(${column}) < 65 AND ${column} ~ ('^''*[=+@' || chr(9) || chr(13) || '-]') THEN '''' || ${column} ELSE NULLIF(${column}, '') END`;
}

const columns = [
  "f.id",
  "m.slug",
  "r.slug",
  text("f.subject"),
  "f.period_start::text",
  "f.period_end::text",
  text("f.period_label"),
  "f.value::text",
  text("m.unit"),
  "f.status::text",
  text("f.source_publisher"),
  text("f.source_title"),
  text("f.source_url"),
  `CASE f.source_date_precision WHEN 'year' THEN to_char(f.source_date, 'YYYY') WHEN 'month' THEN to_char(f.source_date, 'YYYY-MM')
     ELSE f.source_date::text END`,
  text("f.note"),
  "f.version",
  `to_char(f.edited_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
  text("f.quoted_speaker"),
  text("f.data_owner"),
].join(", ");

/** COPY takes no bind parameters, so the filter's values (validated slugs, dates, ids) are inlined as literals. */
function inline(query: CompiledQuery, client: Pick<pg.ClientBase, "escapeLiteral">): string {
  return query.sql.replace(/\$(\d+)/g, (_match, index: string) => {
    const value: unknown = query.parameters[Number(index) - 1];
    if (Array.isArray(value)) return client.escapeLiteral(`{${value.map(Number).join(",")}}`);
    if (typeof value === "number") return String(value);
    return client.escapeLiteral(String(value));
  });
}

/**
 * The COPY statement of a selection: every column as the CSV writes it, the outcome from the claim rule as SQL
 * (lib/data/claims/figure-outcome-sql.ts), in id order. `client` quotes the literals.
 */
export async function figuresCopyStatement(
  db: Reader,
  client: Pick<pg.ClientBase, "escapeLiteral">,
  selection: { filter?: FigureFilter; ids?: number[] },
  today: string,
  evidence: EvidenceSource = "decided",
): Promise<string> {
  const conditions = [...figureFilterConditions(selection.filter ?? {})];
  if (selection.ids) conditions.push(sql`f.id = ANY(${selection.ids}::int[])`);
  const outcome = await figureOutcomeSql(db, today, evidence);
  const select = sql`SELECT ${sql.raw(columns)}, ${outcome.outcome}
    FROM ${figuresWithMetricAndRoute(db.kysely)} ${outcome.joins} ${whereClause(conditions)} ORDER BY f.id`;
  return `COPY (${inline(select.compile(db.kysely), client)}) TO STDOUT WITH (FORMAT csv)`;
}

/** The figures of a selection as CSV rows, from one COPY: no row passes through JavaScript but as bytes. */
export async function* copyFiguresCsv(
  db: Reader,
  selection: { filter?: FigureFilter; ids?: number[] },
  signal?: AbortSignal,
  today = todayIso(),
): AsyncGenerator<Uint8Array> {
  if (!db.pgPool) throw new Error("copyFiguresCsv needs a PostgreSQL server");
  const client = await db.pgPool.connect();
  let finished = false;
  let stream: ReturnType<typeof copyTo> | null = null;
  try {
    // One snapshot for the check and the COPY: the stored claim evidence is used only if it is current in it.
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const {
      rows: [current],
    } = await client.query<{ fresh: boolean }>(sql`SELECT ${claimEvidenceCurrent} AS fresh`.compile(db.kysely).sql);
    const statement = await figuresCopyStatement(db, client, selection, today, current?.fresh ? "stored" : "decided");
    // The evidence is one hash table of every reported figure's amounts: with the default 4 MB of working memory it
    // spills to disk in batches and takes twice as long. And the export is one long statement that moves every row
    // once: parallel workers paid for themselves at any size measured (at a million figures 4.2-5.3 s against
    // 5.2-6.1 s on two cores), where the default costs keep them for larger tables. The connection's own settings,
    // reset after the COPY (a connection left mid-COPY is closed, not reused).
    await client.query("SET work_mem = '64MB'; SET parallel_setup_cost = 10; SET parallel_tuple_cost = 0.001");
    stream = client.query(copyTo(statement));
    const converter = new CrlfRecordConverter();
    // PostgreSQL sends a message per row; handing each on alone would cost a trip through the response stream
    // per row, so rows are passed on in blocks of about 64 KB.
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (signal?.aborted) break;
      pending.push(chunk);
      pendingBytes += chunk.length;
      if (pendingBytes >= 65_536) {
        yield converter.convert(Buffer.concat(pending, pendingBytes));
        pending = [];
        pendingBytes = 0;
      }
    }
    if (!signal?.aborted) {
      if (pendingBytes > 0) yield converter.convert(Buffer.concat(pending, pendingBytes));
      await client.query("COMMIT; RESET work_mem; RESET parallel_setup_cost; RESET parallel_tuple_cost");
      finished = true;
    }
  } finally {
    if (!finished) stream?.destroy();
    // A COPY stopped half-way leaves the connection mid-protocol: it is closed rather than reused.
    client.release(finished ? undefined : true);
  }
}
