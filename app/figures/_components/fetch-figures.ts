import type { FigureView } from "@/lib/data/types";
import { toQueryString, type FigureFilter } from "@/lib/filters/figure-filter";
import { HttpError } from "@/lib/query/http-error";

/** GET /api/figures for a filter; a 400 becomes an HttpError carrying the server's issues. */
export async function fetchFigures(filter: FigureFilter, signal: AbortSignal): Promise<FigureView[]> {
  const response = await fetch(`/api/figures${toQueryString(filter)}`, { signal, headers: { Accept: "application/json" } });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: string; issues?: string[] } | null;
    throw new HttpError(response.status, body?.error ?? `The server answered ${response.status}`, body?.issues ?? []);
  }
  return (await response.json()) as FigureView[];
}
