// @ts-check
// The cache of rendered pages (next.config.js `cacheHandler`), in this process's memory as before, with one change
// (issue 10): an entry a write invalidated is kept, not dropped. While the database answers, such an entry reads as
// missing, so the next request renders the page afresh and shows the change; while it does not, the last good
// render is served instead of an error page, marked with an `X-Served-Stale` header, until a render succeeds.
// Plain JavaScript because Next.js loads this file itself, outside the app's bundles; the app hands it its database
// check through globalThis at start-up (instrumentation.ts).

/** @typedef {{ value: any; lastModified: number; tags: string[]; invalidated: boolean; size: number }} Entry */

const tagsHeader = "x-next-cache-tags";
const staleHeader = "x-served-stale";
/** @type {Map<string, Entry>} */
const entries = new Map();
let totalSize = 0;

/** @returns {Promise<boolean>} whether the database answers; true when the app has not said how to ask. */
function databaseAnswers() {
  const ask = /** @type {{ corridorWatchDatabaseAnswers?: () => Promise<boolean> }} */ (globalThis).corridorWatchDatabaseAnswers;
  return ask ? ask() : Promise.resolve(true);
}

/** @param {any} value */
function sizeOf(value) {
  if (!value) return 25;
  const html = typeof value.html === "string" ? value.html.length : 0;
  const rsc = value.rscData?.byteLength ?? 0;
  const body = value.body?.byteLength ?? 0;
  const segments = value.segmentData ? [...value.segmentData.values()].reduce((sum, part) => sum + (part?.byteLength ?? 0), 0) : 0;
  return 1000 + html + rsc + body + segments + (typeof value.data === "object" ? JSON.stringify(value.data ?? null).length : 0);
}

export default class StaleWhileErrorCache {
  /** @param {{ maxMemoryCacheSize?: number }} options */
  constructor(options) {
    this.maxSize = options.maxMemoryCacheSize ?? 0;
  }

  /** @param {string} key */
  async get(key) {
    const entry = entries.get(key);
    if (!entry) return null;
    // Least recently used last: move it to the end.
    entries.delete(key);
    entries.set(key, entry);
    if (!entry.invalidated) return { value: entry.value, lastModified: entry.lastModified };
    if (await databaseAnswers()) return null;
    const headers = { ...entry.value?.headers, [staleHeader]: "the database is unavailable; this is the last good render" };
    // Dated now: Next.js also remembers when the tag expired, and would otherwise render (and fail) before serving it.
    // Every request asks again, so the first one after the database is back renders afresh.
    return { value: { ...entry.value, headers }, lastModified: Date.now() };
  }

  /** @param {string} key @param {any} value @param {{ tags?: string[] }} context */
  async set(key, value, context) {
    this.delete(key);
    if (value === null || this.maxSize <= 0) return;
    // A failed render makes Next.js store the entry it served again; one served stale stays invalidated, so the
    // first request once the database is back renders afresh.
    const retainedStale = value.headers?.[staleHeader] !== undefined;
    if (retainedStale) {
      const headers = { ...value.headers };
      delete headers[staleHeader];
      value = { ...value, headers };
    }
    const header = value.headers?.[tagsHeader];
    const tags = [...(context?.tags ?? []), ...(typeof header === "string" ? header.split(",") : [])];
    const entry = { value, lastModified: Date.now(), tags, invalidated: retainedStale, size: sizeOf(value) };
    if (entry.size > this.maxSize) return;
    entries.set(key, entry);
    totalSize += entry.size;
    for (const [oldest, old] of entries) {
      if (totalSize <= this.maxSize) break;
      entries.delete(oldest);
      totalSize -= old.size;
    }
  }

  /** @param {string | string[]} tags */
  async revalidateTag(tags) {
    const invalid = new Set(typeof tags === "string" ? [tags] : tags);
    for (const entry of entries.values()) {
      if (entry.tags.some((tag) => invalid.has(tag))) entry.invalidated = true;
    }
  }

  resetRequestCache() {}

  /** @param {string} key */
  delete(key) {
    const old = entries.get(key);
    if (!old) return;
    entries.delete(key);
    totalSize -= old.size;
  }
}
