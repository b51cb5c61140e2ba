"use client";

import { useCallback, useMemo, useState } from "react";
import { parseTrendView, trendViewPrefix, withTrendView, type TrendView, type TrendViewResult } from "@/lib/filters/trend-view";
import { showAddress, useAddressQuery } from "@/components/url-state/address";

/**
 * One chart's view, read from the page's address and written back to it, so a view can be shared and survives a
 * reload. The address is replaced, not pushed (a chart's view is a setting of the page, see url-state/address.ts),
 * without a request (the page is cached whole on the server), and Next.js's useSearchParams follows it, so the chart
 * and its downloads re-render together. On a page the keys carry the chart's metric (`prefix`); an embed, which
 * holds one chart, reads the bare keys of its own address (lib/charts/chart-state.ts).
 */
export function useTrendView(
  metricSlug: string,
  prefix = trendViewPrefix(metricSlug),
): TrendViewResult & { setView: (view: TrendView) => void } {
  const search = useAddressQuery();
  const parsed = useMemo(() => parseTrendView(new URLSearchParams(search), prefix), [search, prefix]);
  // The view just chosen, shown at once: Next.js passes the new address to useSearchParams a moment later, and a
  // controlled checkbox would spring back until then. Once the address has moved on, it is the address that counts.
  const [chosen, setChosen] = useState<{ from: string; view: TrendView } | null>(null);
  const setView = useCallback(
    (view: TrendView) => {
      const { pathname, search: current, hash } = window.location;
      setChosen({ from: search, view });
      showAddress(`${pathname}${withTrendView(current, metricSlug, view, prefix)}${hash}`, "chart-view");
    },
    [metricSlug, prefix, search],
  );
  if (chosen && chosen.from === search) return { ok: true, view: chosen.view, setView };
  return { ...parsed, setView };
}
