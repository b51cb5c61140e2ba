"use client";

import { useSyncExternalStore } from "react";

// Nothing to subscribe to: the value does not change while the page is open.
const noChanges = () => () => {};

/**
 * A value only the browser knows, fixed while the page is open (its origin, whether it can copy, that scripts run):
 * `onServer()` on the server and while hydrating, so the first render matches the server's HTML, then
 * `inBrowser()`. Both must return the same value on every call (a primitive), as useSyncExternalStore requires.
 */
export function useBrowserValue<T>(inBrowser: () => T, onServer: () => T): T {
  return useSyncExternalStore(noChanges, inBrowser, onServer);
}

const inBrowser = () => true;
const onServer = () => false;

/** False on the server and while hydrating, true once the page's script has taken the page over. */
export function useHydrated(): boolean {
  return useBrowserValue(inBrowser, onServer);
}
