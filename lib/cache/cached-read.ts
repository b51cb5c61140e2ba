import "server-only";
import { unstable_cache } from "next/cache";
import { asPartOfPage } from "./page-render-scope";

/** Arguments a cached read may take: they become part of its key, so they must survive JSON. */
export type KeyArgument = string | number | boolean | null | undefined | { [key: string]: KeyArgument } | KeyArgument[];

/**
 * A read whose result is kept in the data cache (next.config.js `cacheHandler`: this process's memory, or Redis
 * shared by every instance, lib/cache/stale-while-error-cache.mjs), under its name and arguments, tagged with what
 * it shows (`tagsOf` its arguments, with lib/cache/data-tags.ts) so a write invalidates exactly the reads it changes.
 *
 * Why `unstable_cache` with tags, not `'use cache'` / `cacheTag` (issue 16): `'use cache'` needs `cacheComponents`,
 * which refuses the `dynamic` segment setting the admin pages and route handlers rely on and makes every page that
 * reads cookies or search params wrap them in Suspense (a change to the whole app for one concern), and it stores
 * through `cacheHandlers`, for which no maintained Redis handler exists. `unstable_cache` is still Next 16's data
 * cache for apps without Cache Components, its entries go through the same `cacheHandler` as before (so the
 * stale-while-error behaviour of issue 10 holds for them), and its tags are invalidated by `revalidateTag`.
 *
 * The result goes through JSON: reads return plain data (lib/data converts dates and decimals to text once).
 * `revalidate` bounds staleness should the database change behind the app's back (a `db:deploy` adding seed rows).
 */
export function cachedRead<Args extends KeyArgument[], Result>(
  name: string,
  read: (...args: Args) => Promise<Result>,
  tagsOf: (...args: NoInfer<Args>) => string[],
): (...args: Args) => Promise<Result> {
  return (...args: Args) => {
    const tags = tagsOf(...args);
    // The page rendering this read is stored with its tags too (lib/http/page-cache.ts).
    return asPartOfPage(tags, () => unstable_cache(() => read(...args), [name, JSON.stringify(args)], { tags, revalidate: 300 })());
  };
}
