// @ts-check
// Where cache entries live with REDIS_URL (issue 16): one Redis shared by every instance, so an entry read by one
// is served by all, and a tag invalidated by one write is invalid everywhere. Entries are JSON strings (the data
// cache holds plain JSON: lib/cache/cached-read.ts) that expire after a day; the time each tag was last
// invalidated is one hash, so invalidating is one HSET whatever the cache holds, and an invalidated entry stays
// readable for the stale-while-error rule (lib/cache/stale-while-error-cache.mjs).
//
// Redis unreachable or slow: every operation gives up after `timeoutMs` and the cache acts as empty (pages render
// from the database, uncached), logged once when it goes and once when it is back. An invalidation that could not
// be stored is kept and sent once Redis answers again, so no instance serves what a write changed during the gap.
import { createClient } from "redis";

/** @typedef {import("./shelf").ShelfEntry} ShelfEntry */

const entryLifetimeSeconds = 24 * 60 * 60;
// Sets each tag's time unless a later one is stored: an invalidation sent late (after an outage) must not hide a
// later one another instance made.
const keepLatestScript = `for i = 1, #ARGV, 2 do
  if tonumber(redis.call("HGET", KEYS[1], ARGV[i]) or "0") < tonumber(ARGV[i + 1]) then redis.call("HSET", KEYS[1], ARGV[i], ARGV[i + 1]) end
end
return 1`;

export class RedisShelf {
  /** @param {{ url: string; prefix?: string; timeoutMs?: number; log?: Pick<Console, "error" | "info"> }} options */
  constructor({ url, prefix = "corridor-watch:cache:", timeoutMs = 500, log = console }) {
    this.prefix = prefix;
    this.timeoutMs = timeoutMs;
    this.log = log;
    this.tagTimesKey = `${prefix}tag-times`;
    this.reachable = true;
    /** @type {Map<string, number>} invalidations Redis has not stored yet */
    this.pendingInvalidations = new Map();
    this.client = createClient({
      url,
      // Fail at once while disconnected rather than queue: a page must not wait for Redis to come back.
      disableOfflineQueue: true,
      socket: { connectTimeout: timeoutMs, reconnectStrategy: (retries) => Math.min(250 * 2 ** retries, 2000) },
    });
    this.client.on("error", (/** @type {Error} */ error) => this.unreachable(error));
    this.client.on("ready", () => void this.flushPending());
    this.connecting = this.client.connect().catch((/** @type {Error} */ error) => this.unreachable(error));
  }

  /** @param {Error} error */
  unreachable(error) {
    if (!this.reachable) return;
    this.reachable = false;
    this.log.error(`cache: Redis is unreachable (${error.message}); pages render uncached until it answers again`);
  }

  reached() {
    if (this.reachable) return;
    this.reachable = true;
    this.log.info("cache: Redis answers again; the shared cache is back in use");
  }

  /**
   * @template T
   * @param {() => Promise<T>} operation
   * @returns {Promise<T>}
   */
  async run(operation) {
    // Not connected: a miss. The client's own "error" event says why (refused, reset), once, in unreachable().
    if (!this.client.isReady) throw new Error("not connected");
    /** @type {NodeJS.Timeout | undefined} */
    let timer;
    const timeout = new Promise((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${this.timeoutMs} ms`)), this.timeoutMs);
    });
    try {
      const result = /** @type {T} */ (await Promise.race([operation(), timeout]));
      this.reached();
      return result;
    } catch (error) {
      this.unreachable(/** @type {Error} */ (error));
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  /** @param {string} key @returns {Promise<ShelfEntry | null>} */
  async read(key) {
    try {
      const text = await this.run(() => this.client.get(this.prefix + key));
      return typeof text === "string" ? /** @type {ShelfEntry} */ (JSON.parse(text)) : null;
    } catch {
      return null;
    }
  }

  /** @param {string} key @param {ShelfEntry} entry */
  async write(key, entry) {
    await this.run(() => this.client.set(this.prefix + key, JSON.stringify(entry), { EX: entryLifetimeSeconds })).catch(() => {});
  }

  /** @param {string} key */
  async remove(key) {
    await this.run(() => this.client.del(this.prefix + key)).catch(() => {});
  }

  /**
   * When each tag was last invalidated; unreadable means "just now", so an entry whose invalidations cannot be
   * checked is never served as fresh.
   * @param {string[]} tags @returns {Promise<number[]>}
   */
  async tagTimes(tags) {
    if (tags.length === 0) return [];
    try {
      const times = await this.run(() => this.client.hmGet(this.tagTimesKey, tags));
      return times.map((time, index) =>
        Math.max(Number(time ?? 0), this.pendingInvalidations.get(/** @type {string} */ (tags[index])) ?? 0),
      );
    } catch {
      return tags.map(() => Date.now());
    }
  }

  /** @param {string[]} tags @param {number} time */
  async invalidate(tags, time) {
    for (const tag of tags) this.pendingInvalidations.set(tag, Math.max(time, this.pendingInvalidations.get(tag) ?? 0));
    await this.flushPending();
  }

  async flushPending() {
    if (this.pendingInvalidations.size === 0) return;
    const sending = new Map(this.pendingInvalidations);
    try {
      const pairs = [...sending].flatMap(([tag, time]) => [tag, String(time)]);
      await this.run(() => this.client.eval(keepLatestScript, { keys: [this.tagTimesKey], arguments: pairs }));
      for (const [tag, time] of sending) if (this.pendingInvalidations.get(tag) === time) this.pendingInvalidations.delete(tag);
    } catch {
      // Kept for the next attempt: the next invalidation, or the client's "ready" once Redis is back.
    }
  }

  async close() {
    await this.connecting;
    await this.client.close().catch(() => {});
  }
}
