import "server-only";
import type pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import { CrlfRecordConverter } from "../../csv/crlf-records";
import { sql, type CompiledQuery } from "kysely";
import type { FigureFilter } from "../../filters/figure-filter";
import type { Reader } from "../reader";
import { figureOutcomes } from "../claims/figure-outcomes";
import { todayIso } from "../../claims/claim-outcome";
import { figureFilterConditions } from "./get-figures";
import { figuresWithMetricAndRoute } from "../live-figures";
import { selectFigures, whereClause } from "./select-figures";

// The whole-dataset export on a PostgreSQL server: COPY … TO STDOUT streams CSV straight from the server, nearly as
// fast as psql's \copy and in constant memory. The SELECT writes each cell exactly as lib/csv/figure-csv.ts does
// (same columns, the same spreadsheet guard, partial source dates, UTC timestamps, empty for unknown), and CRLF
// record ends are restored on the way; a test compares both writers byte for byte.

/** Text cells: guarded like guardCell, and empty rather than "" (COPY quotes an empty string, not a NULL). */
function text(column: string): string {
  return `CASE WHEN ${column} ~ ('^''*[=+@' || chr(9) || chr(13) || '-]') THEN '''' || ${column} ELSE NULLIF(${column}, '') END`;
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
function inline(query: CompiledQuery, client: pg.PoolClient): string {
  return query.sql.replace(/\$(\d+)/g, (_match, index: string) => {
    const value: unknown = query.parameters[Number(index) - 1];
    if (Array.isArray(value)) return client.escapeLiteral(`{${value.map(Number).join(",")}}`);
    if (typeof value === "number") return String(value);
    return client.escapeLiteral(String(value));
  });
}

/**
 * The figures of a selection as CSV rows, in id order. The outcome column comes from the pure rule in lib/claims,
 * which SQL cannot run: the rows are copied in id ranges, each ending at its 5,000th plan or forecast, whose
 * outcomes are decided first and joined in as a literal list. A dataset of a few hundred claims is one COPY.
 */
export async function* copyFiguresCsv(
  db: Reader,
  selection: { filter?: FigureFilter; ids?: number[] },
  signal?: AbortSignal,
  today = todayIso(),
  /** How many plans and forecasts one COPY covers: their outcomes travel inline with the query. */
  claimsPerCopy = 5_000,
): AsyncGenerator<Uint8Array> {
  if (!db.pgPool) throw new Error("copyFiguresCsv needs a PostgreSQL server");
  const client = await db.pgPool.connect();
  const conditions = [...figureFilterConditions(selection.filter ?? {})];
  if (selection.ids) conditions.push(sql`f.id = ANY(${selection.ids}::int[])`);
  let finished = false;
  let stream: ReturnType<typeof copyTo> | null = null;
  try {
    let lastId = 0;
    for (;;) {
      const claims = await selectFigures(
        db.kysely,
        [...conditions, sql`f.status IN ('plan', 'forecast')`, sql`f.id > ${lastId}`],
        sql`ORDER BY f.id`,
        {
          limit: claimsPerCopy,
        },
      );
      const outcomes = await figureOutcomes(db, claims, today);
      const upper = claims.length === claimsPerCopy ? claims.at(-1)!.id : null;
      const range = [...conditions, sql`f.id > ${lastId}`, ...(upper === null ? [] : [sql`f.id <= ${upper}`])];
      const ids = client.escapeLiteral(`{${[...outcomes.keys()].join(",")}}`);
      // The outcomes are words of a fixed list (claimOutcomes), so the literal needs no quoting inside.
      const words = client.escapeLiteral(`{${[...outcomes.values()].join(",")}}`);
      const selection = sql`FROM ${figuresWithMetricAndRoute(db.kysely)}
          LEFT JOIN unnest(${sql.raw(ids)}::int[], ${sql.raw(words)}::text[]) AS o(id, outcome) ON o.id = f.id
          ${whereClause(range)}`;
      const query = `COPY (SELECT ${columns}, o.outcome ${inline(selection.compile(db.kysely), client)} ORDER BY f.id) TO STDOUT WITH (FORMAT csv)`;
      stream = client.query(copyTo(query));
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
      if (signal?.aborted) break;
      if (pendingBytes > 0) yield converter.convert(Buffer.concat(pending, pendingBytes));
      stream = null;
      if (upper === null) break;
      lastId = upper;
    }
    finished = !signal?.aborted;
  } finally {
    if (!finished) stream?.destroy();
    // A COPY stopped half-way leaves the connection mid-protocol: it is closed rather than reused.
    client.release(finished ? undefined : true);
  }
}
