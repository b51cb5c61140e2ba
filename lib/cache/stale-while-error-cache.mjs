// @ts-check
// The data cache (next.config.js `cacheHandler`): the entries of the cached reads (lib/cache/cached-read.ts), on a
// shelf in this process's memory, or in Redis when REDIS_URL is set so that every instance shares them and their
// invalidations (issue 16). A write invalidates tags (lib/cache/invalidate-for.ts); an entry is invalid when one of
// its tags was invalidated after it was stored.
//
// Stale-while-error (issue 10): an invalid entry is kept, not dropped. While the database answers it reads as
// missing, so the read runs again and shows the change; while it does not, the last good value is served instead
// of an error page, and the page says so with an `X-Served-Stale` header (lib/http/http-edge.ts sets it), until a
// read succeeds.
//
// Plain JavaScript because Next.js loads this file itself, outside the app's bundles; the app hands it its database
// check and the stale-response marker through globalThis at start-up (instrumentation.ts). Next.js makes an
// instance per request; the shelf is one per process (lib/cache/shared-shelf.mjs), shared with the rendered-page
// cache (lib/http/page-cache.ts).
import { isCurrent, sharedShelf } from "./shared-shelf.mjs";

/** @typedef {import("./shelf").ShelfEntry} ShelfEntry */
/** @typedef {{ corridorWatchDatabaseAnswers?: () => Promise<boolean>; corridorWatchServedStale?: () => void }} AppHooks */

const hooks = /** @type {AppHooks} */ (globalThis);

/** @returns {Promise<boolean>} whether the database answers; true when the app has not said how to ask. */
function databaseAnswers() {
  return hooks.corridorWatchDatabaseAnswers ? hooks.corridorWatchDatabaseAnswers() : Promise.resolve(true);
}

export default class StaleWhileErrorCache {
  constructor() {
    // None with PUBLIC_CACHE=off (every read goes to the database) or during `next build`.
    this.shelf = sharedShelf();
  }

  /** @param {string} key @param {{ softTags?: string[] }} [context] */
  async get(key, context) {
    const shelf = await this.shelf;
    if (!shelf) return null;
    const entry = await shelf.read(key);
    if (!entry) return null;
    if (await isCurrent(shelf, entry, context?.softTags)) return { value: entry.value, lastModified: entry.lastModified };
    if (await databaseAnswers()) return null;
    hooks.corridorWatchServedStale?.();
    // Dated now, or Next.js would find it too old and read again (and fail). It stays invalid on the shelf, so the
    // first request once the database is back reads afresh.
    return { value: entry.value, lastModified: Date.now() };
  }

  /** @param {string} key @param {any} value @param {{ tags?: string[] }} [context] */
  async set(key, value, context) {
    const shelf = await this.shelf;
    if (!shelf) return;
    if (value === null) return shelf.remove(key);
    await shelf.write(key, { value, lastModified: Date.now(), tags: context?.tags ?? [] });
  }

  /** @param {string | string[]} tags */
  async revalidateTag(tags) {
    await (await this.shelf)?.invalidate(typeof tags === "string" ? [tags] : tags, Date.now());
  }

  resetRequestCache() {}
}
