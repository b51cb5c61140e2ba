import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQueryable,
} from "@prisma/driver-adapter-utils";
import pg from "pg";

// Two repairs of @prisma/adapter-pg for the schema engine (see runScriptsWhole for the second).
// The schema engine reads PostgreSQL's catalogs, whose columns include the internal one-byte type "char"
// (OID 18): constraint kinds, relation kinds. @prisma/adapter-pg has no mapping for it and fails with "Column
// type 'char' could not be deserialized", while the engine expects such columns typed as Character (as the
// PGlite adapter reports them). So the pool relabels them as text for the adapter, remembers where they were,
// and the adapter's results are given back the Character type. Only the schema engine's connection does this.

const CHAR_OID = 18;
const TEXT_OID = 25;
const charColumns = Symbol("charColumns");

type PgResultLike = { fields?: { dataTypeID: number }[]; rows?: unknown[] & { [charColumns]?: number[] } };

function relabelCharColumns<T>(result: T): T {
  const { fields, rows } = result as PgResultLike;
  const indexes: number[] = [];
  fields?.forEach((field, index) => {
    if (field.dataTypeID === CHAR_OID) {
      field.dataTypeID = TEXT_OID;
      indexes.push(index);
    }
  });
  if (rows && indexes.length > 0) rows[charColumns] = indexes;
  return result;
}

type Queryable = { query: (...args: unknown[]) => unknown };

function patchPromiseQueries(target: Queryable): void {
  const original = target.query.bind(target);
  target.query = (...args: unknown[]) => {
    const result = original(...args);
    return result instanceof Promise ? result.then(relabelCharColumns) : result;
  };
}

function restoreCharacterTypes<T extends SqlQueryable>(queryable: T): T {
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => {
    const result = await queryRaw(query);
    for (const index of (result.rows as PgResultLike["rows"])?.[charColumns] ?? []) {
      result.columnTypes[index] = ColumnTypeEnum.Character;
    }
    return result;
  };
  return queryable;
}

/**
 * adapter-pg runs a migration script by splitting it on every ";", which cuts a function body or a string
 * literal in two. PostgreSQL's simple query protocol runs a whole multi-statement script in one round trip,
 * as the native schema engine and psql do, so scripts go to the server whole.
 */
function runScriptsWhole(adapter: SqlDriverAdapter): void {
  const driver = (adapter as { underlyingDriver?: () => unknown }).underlyingDriver?.();
  if (!(driver instanceof pg.Pool)) return;
  adapter.executeScript = async (script) => {
    await driver.query(script);
  };
}

function patchAdapter(adapter: SqlDriverAdapter): SqlDriverAdapter {
  runScriptsWhole(adapter);
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) => restoreCharacterTypes(await startTransaction(isolationLevel));
  return restoreCharacterTypes(adapter);
}

export function schemaEngineAdapterForPostgres(config: pg.PoolConfig): SqlMigrationAwareDriverAdapterFactory {
  const pool = new pg.Pool(config);
  patchPromiseQueries(pool as unknown as Queryable);
  pool.on("connect", (client) => patchPromiseQueries(client as unknown as Queryable));
  const inner = new PrismaPg(pool, { disposeExternalPool: true });
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => patchAdapter(await inner.connect()),
    connectToShadowDb: async () => patchAdapter(await inner.connectToShadowDb()),
  };
}
