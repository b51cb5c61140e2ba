import { readFile } from "node:fs/promises";
import path from "node:path";
import { createRequire } from "node:module";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import type * as SchemaEngineBindings from "@prisma/schema-engine-wasm/schema_engine_bg";

// Prisma's schema engine compiled to WebAssembly: the same engine `prisma migrate` runs natively, usable here
// because the native binary cannot be downloaded on machines without internet. The package's own entry point
// imports the .wasm file as an ES module, which Node cannot do, so it is instantiated by hand.

type Bindings = typeof SchemaEngineBindings;

let bindingsPromise: Promise<Bindings> | undefined;

async function loadBindings(): Promise<Bindings> {
  const bindings: Bindings = await import("@prisma/schema-engine-wasm/schema_engine_bg");
  // Resolved from the project root: inside the Next.js bundle import.meta does not point at a real file.
  const entry = createRequire(path.join(/* turbopackIgnore: true */ process.cwd(), "package.json")).resolve("@prisma/schema-engine-wasm");
  const bytes = await readFile(path.join(path.dirname(entry), "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bindings });
  bindings.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return bindings;
}

/**
 * Runs `run` with a schema engine connected through `adapterFactory`, then frees the engine and closes every
 * connection it opened: freeing alone would leave them open, holding the migration advisory lock on a server.
 */
export async function withSchemaEngine<T>(
  schemaPath: string,
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  run: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  bindingsPromise ??= loadBindings().catch((error: unknown) => {
    bindingsPromise = undefined;
    throw error;
  });
  const bindings = await bindingsPromise;
  const opened: SqlDriverAdapter[] = [];
  const track = async (adapter: Promise<SqlDriverAdapter>) => {
    opened.push(await adapter);
    return opened[opened.length - 1]!;
  };
  const trackingFactory: SqlMigrationAwareDriverAdapterFactory = {
    provider: adapterFactory.provider,
    adapterName: adapterFactory.adapterName,
    connect: () => track(adapterFactory.connect()),
    connectToShadowDb: () => track(adapterFactory.connectToShadowDb()),
  };
  const schema = await readFile(schemaPath, "utf8");
  const log = () => {};
  const engine = await bindings.SchemaEngine.new(
    { datamodels: [[schemaPath, schema]] },
    log,
    bindMigrationAwareSqlAdapterFactory(trackingFactory),
  );
  try {
    return await run(engine);
  } finally {
    engine.free();
    await Promise.allSettled(opened.map((adapter) => adapter.dispose()));
  }
}
