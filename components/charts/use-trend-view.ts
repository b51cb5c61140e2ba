"use client";

import { useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import { parseTrendView, trendViewPrefix, withTrendView, type TrendView, type TrendViewResult } from "@/lib/filters/trend-view";

/**
 * One chart's view, read from the page's address and written back to it, so a view can be shared and survives a
 * reload. `history.replaceState` changes the address without a request (the page is cached whole on the server)
 * and Next.js's useSearchParams follows it, so the chart and its CSV link re-render together. The state passed is
 * null: Next.js takes a call that passes its own history state for one of its own and does not sync it.
 */
export function useTrendView(metricSlug: string): TrendViewResult & { setView: (view: TrendView) => void } {
  const params = useSearchParams();
  const parsed = useMemo(() => parseTrendView(new URLSearchParams(params.toString()), trendViewPrefix(metricSlug)), [params, metricSlug]);
  const setView = useCallback(
    (view: TrendView) => {
      const { pathname, search, hash } = window.location;
      window.history.replaceState(null, "", `${pathname}${withTrendView(search, metricSlug, view)}${hash}`);
    },
    [metricSlug],
  );
  return { ...parsed, setView };
}
