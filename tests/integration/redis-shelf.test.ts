import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RedisShelf } from "../../lib/cache/redis-shelf.mjs";
import { startRedis, type RedisServer } from "./redis-server";

// The Redis shelf of the data cache (lib/cache/redis-shelf.mjs) against a real redis-server: two shelves stand for
// two instances. What one stores the other reads; what one invalidates is invalid for both; with Redis gone every
// operation fails fast as a miss and is logged once; an invalidation made meanwhile reaches Redis when it is back.

const quietLog = () => {
  const lines: string[] = [];
  return { lines, log: { error: (line: string) => lines.push(`error ${line}`), info: (line: string) => lines.push(`info ${line}`) } };
};

async function until(condition: () => Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("the Redis shelf shared by two instances", () => {
  let redis: RedisServer;
  let a: RedisShelf;
  let b: RedisShelf;
  const logs = { a: quietLog(), b: quietLog() };

  beforeAll(async () => {
    redis = await startRedis();
    a = new RedisShelf({ url: redis.url, prefix: "test:", log: logs.a.log });
    b = new RedisShelf({ url: redis.url, prefix: "test:", log: logs.b.log });
    await until(
      async () => (await a.tagTimes(["probe"])).every((time) => time === 0) && (await b.tagTimes(["probe"])).every((time) => time === 0),
    );
  });
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
    await redis?.stop();
  });

  it("serves what one instance stored to the other, and an invalidation by one to both", async () => {
    const stored = Date.now();
    await a.write("key-1", { value: { kind: "FETCH", data: { body: "[1]" } }, lastModified: stored, tags: ["figures:metric:x"] });
    expect(await b.read("key-1")).toEqual({
      value: { kind: "FETCH", data: { body: "[1]" } },
      lastModified: stored,
      tags: ["figures:metric:x"],
    });
    expect(await b.tagTimes(["figures:metric:x"])).toEqual([0]);

    await b.invalidate(["figures:metric:x"], stored + 5);
    expect(await a.tagTimes(["figures:metric:x", "figures:metric:y"])).toEqual([stored + 5, 0]);
    // The entry stays readable (stale-while-error decides what to do with it).
    expect(await a.read("key-1")).not.toBeNull();
  });

  it("keeps the latest invalidation when an earlier one arrives late", async () => {
    await a.invalidate(["late"], 2_000);
    await b.invalidate(["late"], 1_000);
    expect(await a.tagTimes(["late"])).toEqual([2_000]);
  });

  it("with Redis stopped: misses at once, logs it once, and sends a pending invalidation once Redis is back", async () => {
    await a.write("key-2", { value: 2, lastModified: 1, tags: ["t"] });
    await redis.stop();
    await until(async () => (await a.read("key-2")) === null);
    const started = Date.now();
    for (let attempt = 0; attempt < 5; attempt += 1) expect(await a.read("key-2")).toBeNull();
    await a.write("key-3", { value: 3, lastModified: 1, tags: [] });
    await a.invalidate(["changed-during-outage"], 42);
    // An entry whose invalidations cannot be read is never fresh.
    expect((await a.tagTimes(["anything"]))[0]).toBeGreaterThan(1);
    expect(Date.now() - started, "every operation fails fast while Redis is down").toBeLessThan(2_000);
    expect(logs.a.lines.filter((line) => line.startsWith("error"))).toHaveLength(1);
    expect(logs.a.lines[0]).toContain("Redis is unreachable");

    await redis.start();
    // Redis lost its data (no persistence); the invalidation made during the outage reaches it all the same.
    await until(async () => (await b.tagTimes(["changed-during-outage"]))[0] === 42, 10_000);
    expect(logs.a.lines.at(-1)).toContain("Redis answers again");
  });
});
