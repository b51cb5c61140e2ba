import type { Route } from "next";
import Link from "next/link";
import type { ReactNode } from "react";

/**
 * Why a list's address selects nothing it can show (an unknown route, a bad page number…), in the reader's words,
 * with the way back to the whole list. The same alert on every filtered list.
 */
export function SelectionErrors({
  errors,
  lead,
  back,
}: {
  errors: readonly string[];
  lead: ReactNode;
  back?: { href: Route; text: string };
}) {
  return (
    <div role="alert" className="alert">
      <p>{lead}</p>
      <ul>
        {errors.map((error) => (
          <li key={error}>{error}</li>
        ))}
      </ul>
      {back ? (
        <p>
          <Link href={back.href}>{back.text}</Link>
        </p>
      ) : null}
    </div>
  );
}
