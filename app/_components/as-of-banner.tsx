import type { Route } from "next";
import Link from "next/link";
import type { AsOf } from "@/lib/filters/as-of";
import { formatMoment } from "@/lib/format/format-date";
import { SelectionErrors } from "./selection-errors";

/**
 * Said at the top of a page shown as of a moment (`?asOf=`): which moment, that it is rebuilt from the history, and
 * the way to today's view. A bad `asOf` is said instead, and the page shows today.
 */
export function AsOfBanner({ asOf, errors, today }: { asOf: AsOf; errors: readonly string[]; today: string }) {
  if (errors.length > 0)
    return <SelectionErrors errors={errors} lead="This address asks for a moment that cannot be shown; below is today's view." />;
  if (!asOf) return null;
  return (
    <p className="as-of" role="note">
      <strong>
        As of <time dateTime={asOf}>{formatMoment(asOf)}</time>:
      </strong>{" "}
      the figures, routes, metrics and events as they stood then, rebuilt from the history of every change.{" "}
      <Link href={today as Route}>See today&apos;s view</Link>
    </p>
  );
}
