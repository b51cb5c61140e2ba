import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <section aria-labelledby="not-found-heading" className="not-found">
      <h1 id="not-found-heading">Page not found</h1>
      <p className="lede">There is no page at this address. The route or metric may have been renamed, or the link may be mistyped.</p>
      <p>From here you can go to:</p>
      <ul>
        <li>
          <Link href="/">the overview</Link>, the corridor in three figures and a comparison of routes;
        </li>
        <li>
          <Link href="/routes">all routes</Link>, the INSTC branches and their alternatives;
        </li>
        <li>
          <Link href="/metrics">all metrics</Link>, from trade turnover to transit times;
        </li>
        <li>
          <Link href="/figures">every figure</Link>, with filters;
        </li>
        <li>
          <Link href="/sources">every source</Link>.
        </li>
      </ul>
    </section>
  );
}
