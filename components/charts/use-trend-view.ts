"use client";

import { useSearchParams } from "next/navigation";
import { useCallback, useMemo, useState } from "react";
import { parseTrendView, trendViewPrefix, withTrendView, type TrendView, type TrendViewResult } from "@/lib/filters/trend-view";

/**
 * One chart's view, read from the page's address and written back to it, so a view can be shared and survives a
 * reload. `history.replaceState` changes the address without a request (the page is cached whole on the server)
 * and Next.js's useSearchParams follows it, so the chart and its CSV link re-render together. The state passed is
 * null: Next.js takes a call that passes its own history state for one of its own and does not sync it.
 */
export function useTrendView(metricSlug: string): TrendViewResult & { setView: (view: TrendView) => void } {
  const params = useSearchParams();
  const search = params.toString();
  const parsed = useMemo(() => parseTrendView(new URLSearchParams(search), trendViewPrefix(metricSlug)), [search, metricSlug]);
  // The view just chosen, shown at once: Next.js passes the new address to useSearchParams a moment later, and a
  // controlled checkbox would spring back until then. Once the address has moved on, it is the address that counts.
  const [chosen, setChosen] = useState<{ from: string; view: TrendView } | null>(null);
  const setView = useCallback(
    (view: TrendView) => {
      const { pathname, search: current, hash } = window.location;
      setChosen({ from: search, view });
      window.history.replaceState(null, "", `${pathname}${withTrendView(current, metricSlug, view)}${hash}`);
    },
    [metricSlug, search],
  );
  if (chosen && chosen.from === search) return { ok: true, view: chosen.view, setView };
  return { ...parsed, setView };
}
