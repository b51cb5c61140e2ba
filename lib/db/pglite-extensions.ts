import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PrismaPGlite } from "pglite-prisma-adapter";

/**
 * The extensions the migrations create (pg_trgm, for the figure list's search), loaded into every embedded
 * database: PGlite can only CREATE EXTENSION one it was started with. PostgreSQL ships pg_trgm in its contrib
 * modules (Debian's postgresql package included).
 */
export const pgliteExtensions = { pg_trgm };

/**
 * Prisma's adapter for a PGlite database, whose shadow database (where the schema engine replays the migrations
 * to diff them) has the same extensions: the adapter's own shadow is a bare PGlite, where the migrations fail.
 */
export class PrismaPGliteWithExtensions extends PrismaPGlite {
  override connectToShadowDb() {
    return new PrismaPGlite(new PGlite({ dataDir: "memory://shadow", extensions: pgliteExtensions })).connect();
  }
}
