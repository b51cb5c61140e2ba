import { HttpError } from "@/lib/query/http-error";

/** GETs one of the admin JSON route handlers; a non-2xx answer throws an HttpError with its message and issues. */
export async function getJson<T>(url: string, signal: AbortSignal): Promise<T> {
  const response = await fetch(url, { signal, headers: { Accept: "application/json" } });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { message?: string; issues?: string[] } | null;
    throw new HttpError(response.status, body?.message ?? `The server answered ${response.status}`, body?.issues ?? []);
  }
  return (await response.json()) as T;
}
