"use client";

import { useSelectedLayoutSegment } from "next/navigation";
import type { ReactNode } from "react";

/**
 * The site's chrome (skip link, header, footer) everywhere but under /embed, where a chart stands alone in another
 * site's iframe. The root layout cannot see the path; the selected segment under it can, on the server as well.
 */
export function OutsideEmbeds({ children }: { children: ReactNode }) {
  return useSelectedLayoutSegment() === "embed" ? null : children;
}
