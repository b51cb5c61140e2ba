import type { ReactNode } from "react";
import { renderStaticMarkup } from "@/lib/html/static-markup";

type StaticTag = "div" | "details" | "ol";

/**
 * `children`, rendered to HTML on the server and set as this element's content: for parts of a page that only show
 * (tables of numbers, source lists, the timeline), which React then never hydrates one element at a time and the
 * page's payload carries as one string (lib/html/static-markup.ts says why, and what may go inside). Links inside
 * are plain anchors: a click loads the page whole, as without scripts. The element's own attributes are React's, so
 * `details` keeps the open state the reader gave it across re-renders.
 */
export function StaticHtml({ as: Tag = "div", className, children }: { as?: StaticTag; className?: string; children: ReactNode }) {
  // Trusted markup: renderStaticMarkup escapes every text and attribute value it writes.
  return <Tag className={className} dangerouslySetInnerHTML={{ __html: renderStaticMarkup(children) }} />;
}
