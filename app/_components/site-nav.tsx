"use client";

import type { Route } from "next";
import Link from "next/link";
import { usePathname } from "next/navigation";

const sections: { href: Route; label: string }[] = [
  { href: "/", label: "Overview" },
  { href: "/routes", label: "Routes" },
  { href: "/metrics", label: "Metrics" },
  { href: "/figures", label: "Figures" },
  { href: "/claims", label: "Claims" },
  { href: "/sources", label: "Sources" },
  { href: "/admin", label: "Admin" },
];

function isCurrent(pathname: string, href: string): boolean {
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}

/**
 * The site's sections; the one being read is marked for screen readers (aria-current) and by sight. Not prefetched:
 * every section is rendered per request, so a prefetch brought only the shared layout (1–2 KB), and on a phone the
 * twelve prefetches right after load were main-thread work while the page was still starting (Lighthouse's TBT).
 */
export function SiteNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" className="site-nav">
      <ul>
        {sections.map(({ href, label }) => {
          const current = isCurrent(pathname, href);
          return (
            <li key={href}>
              <Link href={href} prefetch={false} aria-current={current ? (pathname === href ? "page" : "true") : undefined}>
                {label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
