import type { FigureFilter } from "../filters/figure-filter";

// Streams CSV text to the client as it is produced. The consumer's pace drives production (pull), so a slow
// client never makes the server buffer the dataset, and a client that disconnects cancels the source.

export function csvResponse(filename: string, chunks: AsyncIterable<string | Uint8Array>): Response {
  const iterator = chunks[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { value, done } = await iterator.next();
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
      "Content-Type": "text/csv; charset=utf-8; header=present",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

/** "corridor-watch-figures-metric-transit_time-route-suez-2026-11-28.csv": names the selection and the day. */
export function csvFilename(kind: string, filter: FigureFilter | Record<string, string | undefined>, now: Date): string {
  const parts = ["corridor-watch", kind];
  for (const [key, value] of Object.entries(filter)) {
    if (value) parts.push(key, value);
  }
  parts.push(now.toISOString().slice(0, 10));
  return `${parts.join("-").replace(/[^A-Za-z0-9_.-]/g, "_")}.csv`;
}

export function badRequest(message: string, issues: string[] = []): Response {
  return Response.json({ error: message, issues }, { status: 400, headers: { "Cache-Control": "no-store" } });
}
