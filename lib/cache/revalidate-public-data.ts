import "server-only";
import { revalidatePath } from "next/cache";

/**
 * Called by every write: public pages and CSVs must show the change on the next load. Everything under the root
 * layout is marked stale, which is cheap while pages render on demand and stays right when they are cached.
 */
export function revalidatePublicData(): void {
  revalidatePath("/", "layout");
}
