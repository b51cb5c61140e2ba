/** A cache entry as a shelf keeps it (lib/cache/memory-shelf.mjs, lib/cache/redis-shelf.mjs). */
export type ShelfEntry = { value: unknown; lastModified: number; tags: string[] };
