import type { Route } from "next";
import Link from "next/link";
import type { ReactNode } from "react";

/**
 * The pages of a public list (changes, sources, claims, figures): links, so they work without JavaScript, with
 * rel="prev"/"next", and "Page X of Y" between them. A step that leads nowhere stays in place as plain text, so the
 * pager does not jump. Nothing is drawn while one page holds the whole list. `href` writes a page's address with
 * the list's own query-string writer; `onShow`, for a list that changes pages in place (the figure explorer), takes
 * over a click and leaves the address for a new tab or a reader without JavaScript.
 */
export function Pager({
  label,
  page,
  pageCount,
  href,
  previous = "Previous page",
  next = "Next page",
  onShow,
}: {
  /** The navigation's accessible name, "Pages of changes". */
  label: string;
  page: number;
  pageCount: number;
  href: (page: number) => string;
  previous?: string;
  next?: string;
  onShow?: (page: number) => void;
}) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={label} className="pager">
      <PageStep to={page - 1} rel="prev" enabled={page > 1} href={href} onShow={onShow}>
        <span aria-hidden="true">← </span>
        {previous}
      </PageStep>
      <span>
        Page {page} of {pageCount}
      </span>
      <PageStep to={page + 1} rel="next" enabled={page < pageCount} href={href} onShow={onShow}>
        {next}
        <span aria-hidden="true"> →</span>
      </PageStep>
    </nav>
  );
}

function PageStep({
  to,
  rel,
  enabled,
  href,
  onShow,
  children,
}: {
  to: number;
  rel: "prev" | "next";
  enabled: boolean;
  href: (page: number) => string;
  onShow: ((page: number) => void) | undefined;
  children: ReactNode;
}) {
  if (!enabled)
    return (
      <span className="pager-disabled" aria-disabled="true">
        {children}
      </span>
    );
  // A list paged in place is a plain anchor: the click is taken over, so there is nothing for next/link to prefetch.
  if (onShow)
    return (
      <a
        href={href(to)}
        rel={rel}
        onClick={(event) => {
          event.preventDefault();
          onShow(to);
        }}
      >
        {children}
      </a>
    );
  return (
    <Link href={href(to) as Route} rel={rel}>
      {children}
    </Link>
  );
}
