import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { HydrationMark } from "@/components/providers/hydration-mark";
import { QueryProvider } from "@/components/providers/query-provider";
import { socialCard } from "@/lib/charts/social-card";
import { configuredSiteOrigin } from "@/lib/http/site-origin";
import { codeLicence, dataLicence } from "@/lib/licence/licence";
import { DatasetDownloads } from "./_components/dataset-downloads";
import { OutsideEmbeds } from "./_components/outside-embeds";
import { SiteNav } from "./_components/site-nav";
import "./globals.css";

// Every page is rendered per request, the not-found page too: its scripts must carry that response's CSP nonce
// (lib/http/content-security-policy.mjs), which a page prerendered at build time could not. What is cached is data
// (lib/data/public-reads.ts).
export const dynamic = "force-dynamic";

// Read when a page renders, not at build time, so metadataBase is the running server's PUBLIC_ORIGIN.
export function generateMetadata(): Metadata {
  return {
    metadataBase: new URL(configuredSiteOrigin()),
    title: { default: "Corridor Watch", template: "%s · Corridor Watch" },
    description:
      "Figures on the International North–South Transport Corridor (Russia–Azerbaijan–Iran–India) and its alternatives, each with its source and date.",
    // Pages without a chart of their own show the map of the routes.
    ...socialCard({ chart: "map" }, "Map of the routes between Russia and India, with Corridor Watch's sources and licence"),
  };
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <HydrationMark />
        <OutsideEmbeds>
          <a className="skip-link" href="#main">
            Skip to content
          </a>
          <header className="site-header">
            <Link href="/" className="brand">
              Corridor Watch
            </Link>
            <span className="tagline">International North–South Transport Corridor, in sourced figures</span>
            <SiteNav />
          </header>
        </OutsideEmbeds>
        <main id="main">
          <QueryProvider>{children}</QueryProvider>
        </main>
        <OutsideEmbeds>
          <footer className="site-footer">
            <DatasetDownloads />
            <p>
              Every figure names its source and date. Blank means unknown, never zero. Every edit is kept:{" "}
              <Link href="/changes">what changed</Link> (<a href="/changes.atom">Atom feed</a>). Corridor Watch is open source.
            </p>
            <p>
              Code: {codeLicence.name} licence. Compiled data: <a href={dataLicence.url}>{dataLicence.name}</a>, attribute “
              {dataLicence.attribution}”; each figure remains its source&apos;s.
            </p>
          </footer>
        </OutsideEmbeds>
      </body>
    </html>
  );
}
