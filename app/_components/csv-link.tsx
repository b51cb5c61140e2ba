/**
 * "Download CSV" for the rows next to it. A plain anchor, not next/link: the target is a file from a route
 * handler, which must not be prefetched or routed on the client. `of` names the rows for screen readers.
 */
export function CsvLink({ href, of }: { href: string; of: string }) {
  return (
    <a className="csv-link" href={href} download>
      Download CSV<span className="visually-hidden"> of {of}</span>
    </a>
  );
}
