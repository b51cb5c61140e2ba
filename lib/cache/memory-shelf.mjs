// @ts-check
// Where cache entries live without REDIS_URL: this process's memory, bounded by next.config.js
// `cacheMaxMemorySize` (least recently used first out). Never on disk: a restart, or a second server on another
// database, must not serve data read before it. The interface every shelf has (lib/cache/redis-shelf.mjs too):
// read, write, remove, tagTimes, invalidate; entries are { value, lastModified, tags }.

/** @typedef {import("./shelf").ShelfEntry} ShelfEntry */

/** @param {any} value */
function sizeOf(value) {
  return 1000 + JSON.stringify(value ?? null).length;
}

export class MemoryShelf {
  /** @param {number} maxSize bytes */
  constructor(maxSize) {
    this.maxSize = maxSize;
    /** @type {Map<string, ShelfEntry & { size: number }>} */
    this.entries = new Map();
    /** @type {Map<string, number>} when each tag was last invalidated (ms) */
    this.invalidated = new Map();
    this.totalSize = 0;
  }

  /** @param {string} key */
  async read(key) {
    const entry = this.entries.get(key);
    if (!entry) return null;
    // Least recently used last: move it to the end.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  /** @param {string} key @param {ShelfEntry} entry */
  async write(key, entry) {
    await this.remove(key);
    const size = sizeOf(entry.value);
    if (size > this.maxSize) return;
    this.entries.set(key, { ...entry, size });
    this.totalSize += size;
    for (const [oldest, old] of this.entries) {
      if (this.totalSize <= this.maxSize) break;
      this.entries.delete(oldest);
      this.totalSize -= old.size;
    }
  }

  /** @param {string} key */
  async remove(key) {
    const old = this.entries.get(key);
    if (!old) return;
    this.entries.delete(key);
    this.totalSize -= old.size;
  }

  /** @param {string[]} tags @returns {Promise<number[]>} */
  async tagTimes(tags) {
    return tags.map((tag) => this.invalidated.get(tag) ?? 0);
  }

  /** @param {string[]} tags @param {number} time */
  async invalidate(tags, time) {
    for (const tag of tags) this.invalidated.set(tag, time);
  }
}
