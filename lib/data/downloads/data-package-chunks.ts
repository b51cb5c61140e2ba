import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { dataPackageDescriptor, dataPackageFiles, dataPackageReadme } from "../../data-package/data-package-descriptor";
import { datasetTables } from "../../data-package/dataset-tables";
import { zipStream } from "../../data-package/zip-stream";
import { getSourcePublishers } from "../figures/get-source-publishers";
import { datasetTableCsv } from "./dataset-table-csv";
import type { Reader } from "../reader";

/**
 * The data package as zip bytes, written while the tables are read. datapackage.json comes first and asks the
 * database for the publishers, so a database that cannot answer fails the request before its status is sent.
 */
export function dataPackageChunks(db: Reader, origin: string, signal: AbortSignal): AsyncGenerator<Uint8Array> {
  const createdAt = new Date();
  return zipStream([
    {
      name: dataPackageFiles.descriptor,
      chunks: async function* () {
        yield `${JSON.stringify(dataPackageDescriptor({ origin, createdAt, publishers: await getSourcePublishers(db) }), null, 2)}\n`;
      },
    },
    {
      name: dataPackageFiles.readme,
      chunks: async function* () {
        yield dataPackageReadme({ origin, createdAt });
      },
    },
    {
      name: dataPackageFiles.licence,
      chunks: async function* () {
        // The licence file at the project's root, which `next start` runs from.
        yield await readFile(path.join(process.cwd(), "DATA-LICENSE.md"));
      },
    },
    ...datasetTables.map((table) => ({ name: table.path, chunks: () => datasetTableCsv(db, table.name, signal) })),
  ]);
}
