"use client";

import { useCallback, useMemo, useState } from "react";
import { parseTrendView, trendViewPrefix, withTrendView, type TrendView, type TrendViewResult } from "@/lib/filters/trend-view";
import { showAddress, useAddressQuery } from "@/components/url-state/address";

/**
 * One chart's view, read from the page's address and written back to it, so a view can be shared and survives a
 * reload. The address is replaced, not pushed (a chart's view is a setting of the page, see url-state/address.ts),
 * without a request (the page is cached whole on the server), and Next.js's useSearchParams follows it, so the chart
 * and its CSV link re-render together.
 */
export function useTrendView(metricSlug: string): TrendViewResult & { setView: (view: TrendView) => void } {
  const search = useAddressQuery();
  const parsed = useMemo(() => parseTrendView(new URLSearchParams(search), trendViewPrefix(metricSlug)), [search, metricSlug]);
  // The view just chosen, shown at once: Next.js passes the new address to useSearchParams a moment later, and a
  // controlled checkbox would spring back until then. Once the address has moved on, it is the address that counts.
  const [chosen, setChosen] = useState<{ from: string; view: TrendView } | null>(null);
  const setView = useCallback(
    (view: TrendView) => {
      const { pathname, search: current, hash } = window.location;
      setChosen({ from: search, view });
      showAddress(`${pathname}${withTrendView(current, metricSlug, view)}${hash}`, "chart-view");
    },
    [metricSlug, search],
  );
  if (chosen && chosen.from === search) return { ok: true, view: chosen.view, setView };
  return { ...parsed, setView };
}
