import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";

// What a page read while it rendered, for the rendered-page cache (lib/http/page-cache.ts): the tags of its cached
// reads (lib/cache/cached-read.ts), which the stored page is invalidated by, and whether it read the database any
// other way, which makes it unfit to store (nothing would tell it that data changed). On globalThis because the
// edge that opens the scope (the instrumentation bundle) and the reads that fill it (the pages' bundles) are
// separate copies of this module.

export type PageRender = { tags: Set<string>; readUncached: boolean };

type Scopes = { render: AsyncLocalStorage<PageRender>; insideCachedRead: AsyncLocalStorage<true> };
const slot = globalThis as typeof globalThis & { corridorWatchPageRenderScopes?: Scopes };
const scopes = (slot.corridorWatchPageRenderScopes ??= { render: new AsyncLocalStorage(), insideCachedRead: new AsyncLocalStorage() });

/** Runs a page's render, recording what it reads into `render`. */
export function recordingPageRender<T>(render: PageRender, run: () => T): T {
  return scopes.render.run(render, run);
}

/** A cached read with these tags is part of the page being rendered; `read` runs as part of it. */
export function asPartOfPage<T>(tags: string[], read: () => T): T {
  const render = scopes.render.getStore();
  if (render) for (const tag of tags) render.tags.add(tag);
  return scopes.insideCachedRead.run(true, read);
}

/** The database is being reached (lib/db `getDatabase`): outside a cached read, the page rendering it cannot be stored. */
export function noteDatabaseRead(): void {
  const render = scopes.render.getStore();
  if (render && !scopes.insideCachedRead.getStore()) render.readUncached = true;
}
