// Types for shared-shelf.mjs, JavaScript because the data cache handler that Next.js loads itself imports it.
import type { ShelfEntry } from "./shelf";

export type Shelf = {
  read(key: string): Promise<ShelfEntry | null>;
  write(key: string, entry: ShelfEntry): Promise<void>;
  remove(key: string): Promise<void>;
  tagTimes(tags: string[]): Promise<number[]>;
  invalidate(tags: string[], time: number): Promise<void>;
};
export declare const publicCacheBytes: number;
export declare function sharedShelf(): Promise<Shelf> | null;
export declare function isCurrent(shelf: Shelf, entry: ShelfEntry, moreTags?: string[]): Promise<boolean>;
