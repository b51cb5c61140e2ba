// @ts-check
// The one shelf of this process (lib/cache/memory-shelf.mjs, or Redis with REDIS_URL): the data cache
// (lib/cache/stale-while-error-cache.mjs, loaded by Next.js outside the app's bundles) and the rendered-page cache
// (lib/http/page-cache.ts, in the instrumentation bundle) each get their own copy of this module, so the shelf lives
// on globalThis: both must read the same entries and, above all, the same tag invalidations.
import { MemoryShelf } from "./memory-shelf.mjs";

/** The memory shelf's size in bytes (next.config.js `cacheMaxMemorySize`); 0, no cache at all, with PUBLIC_CACHE=off. */
export const publicCacheBytes = process.env.PUBLIC_CACHE === "off" ? 0 : 64 * 1024 * 1024;

/** @typedef {MemoryShelf | import("./redis-shelf.mjs").RedisShelf} Shelf */
const slot = /** @type {{ corridorWatchShelf?: Promise<Shelf> }} */ (globalThis);

/**
 * This process's shelf, made on first use; null when caching is off, and during `next build`, which renders no page
 * from data and must not keep a Redis connection open.
 * @returns {Promise<Shelf> | null}
 */
export function sharedShelf() {
  if (publicCacheBytes === 0 || process.env.NEXT_PHASE === "phase-production-build") return null;
  const url = process.env.REDIS_URL;
  // The Redis client is loaded only when there is a Redis: the embedded default needs nothing.
  slot.corridorWatchShelf ??= url
    ? import("./redis-shelf.mjs").then(({ RedisShelf }) => new RedisShelf({ url }))
    : Promise.resolve(new MemoryShelf(publicCacheBytes));
  return slot.corridorWatchShelf;
}

/**
 * The one validity rule of what is on the shelf: an entry stands until one of its tags (or the read's soft tags) is
 * invalidated at or after the time it was stored.
 * @param {Shelf} shelf @param {import("./shelf").ShelfEntry} entry @param {string[]} [moreTags]
 * @returns {Promise<boolean>}
 */
export async function isCurrent(shelf, entry, moreTags = []) {
  const times = await shelf.tagTimes([...entry.tags, ...moreTags]);
  return !times.some((time) => time >= entry.lastModified);
}
