import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parseConfig } from "../config";
import { getSessionSecret } from "./session-secret";

const globalForSecret = globalThis as typeof globalThis & { corridorWatchSessionSecret?: Promise<string> };
let scratch: string | undefined;

afterEach(async () => {
  globalForSecret.corridorWatchSessionSecret = undefined;
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

describe("the embedded database's session secret", () => {
  it("is written into a data folder that does not exist yet (start-up creates the database beside it in parallel)", async () => {
    scratch = await mkdtemp(path.join(tmpdir(), "cw-secret-"));
    const dataDir = path.join(scratch, "not-yet", "embedded-data");
    const secret = await getSessionSecret(parseConfig({ DATA_DIR: dataDir }));
    expect(secret.length).toBeGreaterThanOrEqual(32);
    expect((await readFile(path.join(dataDir, "session-secret"), "utf8")).trim()).toBe(secret);
    expect((await stat(path.join(dataDir, "session-secret"))).mode & 0o777).toBe(0o600);
  });

  it("is read back on the next start rather than generated again", async () => {
    scratch = await mkdtemp(path.join(tmpdir(), "cw-secret-"));
    const config = parseConfig({ DATA_DIR: scratch });
    const first = await getSessionSecret(config);
    globalForSecret.corridorWatchSessionSecret = undefined;
    expect(await getSessionSecret(config)).toBe(first);
  });
});
