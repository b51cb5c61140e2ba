// Types for redis-shelf.mjs, which stays JavaScript because Next.js loads the cache handler outside the app's bundles.
import type { ShelfEntry } from "./shelf";

export declare class RedisShelf {
  constructor(options: { url: string; prefix?: string; timeoutMs?: number; log?: Pick<Console, "error" | "info"> });
  read(key: string): Promise<ShelfEntry | null>;
  write(key: string, entry: ShelfEntry): Promise<void>;
  remove(key: string): Promise<void>;
  tagTimes(tags: string[]): Promise<number[]>;
  invalidate(tags: string[], time: number): Promise<void>;
  close(): Promise<void>;
}
