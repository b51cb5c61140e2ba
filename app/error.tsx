"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import type { Health } from "@/lib/api/health-schema";

// Not fetchApi: /api/health answers its report with a 503 too (when the database is down), which is what this page
// wants to read; it is parsed with the schema the handler is held to. The schema (and zod) loads only when this
// page is shown: the boundary's code is part of every page, and zod's start-up cost a phone a fifth of a second.
async function fetchHealth(): Promise<Health | null> {
  const [response, { HealthSchema }] = await Promise.all([fetch("/api/health", { cache: "no-store" }), import("@/lib/api/health-schema")]);
  const parsed = HealthSchema.safeParse(await response.json().catch(() => null));
  return parsed.success ? parsed.data : null;
}

// In development the thrown message reaches the browser; in production a server error arrives as a generic
// message with a digest, so the health route is asked whether the database is the cause.
const databaseWords = /database|ECONNREFUSED|ETIMEDOUT|not reachable|connection (refused|closed|timed out)|too many connections|migration/i;

export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const health = useQuery({ queryKey: ["health"], queryFn: fetchHealth, staleTime: 0, retry: false });
  const message = error instanceof Error ? error.message : String(error);
  const digest = error instanceof Error && "digest" in error ? String(error.digest) : null;
  const databaseDown = health.data?.ok === false || databaseWords.test(message);

  return (
    <section aria-labelledby="error-heading" className="error-page">
      <h1 id="error-heading">{databaseDown ? "The database cannot be reached" : "Something went wrong"}</h1>
      <div role="alert">
        {databaseDown ? (
          <p>
            Corridor Watch could not read its figures because its database is unreachable or not ready
            {health.data?.error ? <> ({health.data.error})</> : null}. Nothing is lost: try again in a moment, and if it persists, check
            that the database server is running and migrated (<code>npm run db:deploy</code>).
          </p>
        ) : (
          <p>This page could not be shown. Trying again often helps; if it does not, the problem has been logged.</p>
        )}
      </div>
      {/* retry() re-renders the segment after fetching it from the server again; reset() alone would only
          re-render the failed result, which cannot help when the server could not read the database. */}
      <p>
        <button type="button" onClick={() => retry()}>
          Try again
        </button>{" "}
        or go to the <Link href="/">overview</Link>.
      </p>
      {digest ? <p className="muted">Error reference: {digest}</p> : null}
    </section>
  );
}
