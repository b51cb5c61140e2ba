"use client";

import type { Route } from "next";
import Link from "next/link";
import { ApiError } from "@/lib/http/api-error";
import { signInPath } from "./safe-next-path";

/**
 * Why an admin list could not be loaded: an ended session (with a way to sign in and come back to this view), or
 * the server's message and the issues it found in the view's address.
 */
export function ListLoadError({
  error,
  plural,
  returnPath,
  resetHref,
}: {
  error: Error;
  plural: string;
  returnPath: string;
  resetHref: string;
}) {
  return (
    <div role="alert" className="alert">
      {error instanceof ApiError && error.status === 401 ? (
        <p>
          Your session has ended. <Link href={signInPath(returnPath) as Route}>Sign in again</Link> to see the {plural}.
        </p>
      ) : (
        <>
          <p>
            The {plural} could not be loaded: {error.message.replace(/\.$/, "")}.
          </p>
          {error instanceof ApiError && error.issues.length > 0 ? (
            <ul>
              {error.issues.map((issue) => (
                <li key={issue}>{issue}</li>
              ))}
            </ul>
          ) : null}
          <p>
            <Link href={resetHref as Route}>Show all {plural}</Link>
          </p>
        </>
      )}
    </div>
  );
}
