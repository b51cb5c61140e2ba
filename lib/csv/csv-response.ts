import type { FigureFilter } from "../filters/figure-filter";

// Streams CSV text to the client as it is produced. The consumer's pace drives production (pull), so a slow
// client never makes the server buffer the dataset, and a client that disconnects cancels the source.

/**
 * A streamed download: the first chunks are read before the status line is sent (for a CSV the header row, then
 * the first rows, which come from the database): a database that cannot answer makes the handler throw, a 503,
 * instead of a 200 that breaks off after the header, which a script would take for an empty but complete file.
 * The data package's zip streams through here too.
 */
export async function streamedDownload(
  filename: string,
  contentType: string,
  chunks: AsyncIterable<string | Uint8Array>,
): Promise<Response> {
  const iterator = chunks[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  const prefetched: IteratorResult<string | Uint8Array>[] = [];
  for (let read = 0; read < 2; read += 1) {
    const result = await iterator.next();
    prefetched.push(result);
    if (result.done) break;
  }
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { value, done } = prefetched.shift() ?? (await iterator.next());
        if (done) controller.close();
        else controller.enqueue(typeof value === "string" ? encoder.encode(value) : value);
      } catch (error) {
        controller.error(error);
      }
    },
    async cancel() {
      await iterator.return?.();
    },
  });
  return new Response(body, {
    headers: {
      "Content-Type": contentType,
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

export const csvContentType = "text/csv; charset=utf-8; header=present";

export function csvResponse(filename: string, chunks: AsyncIterable<string | Uint8Array>): Promise<Response> {
  return streamedDownload(filename, csvContentType, chunks);
}

/** "corridor-watch-figures-metric-transit_time-route-suez-2026-11-28.csv": names the selection and the day (an image of it: .png). */
export function csvFilename(kind: string, filter: FigureFilter | Record<string, string | undefined>, now: Date, extension = "csv"): string {
  const parts = ["corridor-watch", kind];
  for (const [key, value] of Object.entries(filter)) {
    if (value) parts.push(key, value);
  }
  parts.push(now.toISOString().slice(0, 10));
  return `${parts.join("-").replace(/[^A-Za-z0-9_.-]/g, "_")}.${extension}`;
}
