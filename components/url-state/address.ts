"use client";

import { useSearchParams } from "next/navigation";

// The browser's half of the URL-state layer (the other half, reading and writing query strings, is
// lib/filters/search-params.ts and each list's module): what the address says now, and the one way a client
// component changes it.
//
// The address is changed through the History API with a null state. Next.js's router follows those calls without
// asking the server for the page again (the server page is not re-rendered; client components re-read
// useSearchParams), and it takes a call passing its own history state for one of its own and does not sync it.
//
// Push or replace, by what changed:
// - a list's selection, order or page (the figure explorer, the admin lists; /claims, which the server renders,
//   navigates with router.push for the same reason) is a new place: it is pushed, as following a link or sending
//   the filter form without JavaScript would push it, so Back returns to the list as it was;
// - how one chart on a page is drawn (its years, scale, hidden sources) is a setting of that page, not a place: it
//   replaces the address, so a reload or a shared link keeps it, and Back leaves the page instead of undoing each
//   checkbox first.

export type AddressChange = "list" | "chart-view";

const historyFor: Record<AddressChange, "pushState" | "replaceState"> = { list: "pushState", "chart-view": "replaceState" };

/**
 * Shows `href` (a path with its query, and a hash if any) in the address bar, without a request. The address already
 * shown is never pushed again: one change can reach here twice (a text field applies when it is left, and again
 * when the form it is in is sent), and Back should not have to be pressed twice for it.
 */
export function showAddress(href: string, change: AddressChange): void {
  const unchanged = new URL(href, window.location.href).href === window.location.href;
  window.history[unchanged ? "replaceState" : historyFor[change]](null, "", href);
}

/** The page's query string as Next.js's router knows it ("a=1&b=2", without "?"), re-rendering when it changes. */
export function useAddressQuery(): string {
  return useSearchParams().toString();
}
