import type { FiguresPage } from "@/lib/data/types";
import { HttpError } from "@/lib/query/http-error";

/** GET /api/figures for a list query ("?route=suez&page=2"); a 400 becomes an HttpError carrying the server's issues. */
export async function fetchFigures(queryString: string, signal: AbortSignal): Promise<FiguresPage> {
  const response = await fetch(`/api/figures${queryString}`, { signal, headers: { Accept: "application/json" } });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { message?: string; issues?: string[] } | null;
    throw new HttpError(response.status, body?.message ?? `The server answered ${response.status}`, body?.issues ?? []);
  }
  return (await response.json()) as FiguresPage;
}
