"use client";

import { useEffect } from "react";
import { embedHeightMessage, type EmbedHeightMessage } from "@/lib/embed/embed-protocol";

/**
 * Inside another site's iframe: tells the parent page the content's height whenever it changes (the table opened,
 * the chart drawn), by the postMessage protocol in lib/embed/embed-protocol.ts, and opens links in a new tab so the
 * reader's page stays where it was. Does nothing on a page of its own.
 */
export function EmbedHeight() {
  useEffect(() => {
    if (window.parent === window) return;
    const content = document.getElementById("main");
    if (!content) return;
    const post = () => {
      const message: EmbedHeightMessage = {
        type: embedHeightMessage,
        height: Math.ceil(content.getBoundingClientRect().bottom + window.scrollY),
      };
      // The height is no secret, and the embedding site's origin is not known here: any parent may read it.
      window.parent.postMessage(message, "*");
    };
    const observer = new ResizeObserver(post);
    observer.observe(content);
    post();
    for (const link of document.querySelectorAll<HTMLAnchorElement>("a[href]:not([download])")) {
      link.target = "_blank";
      link.rel = "noopener";
    }
    return () => observer.disconnect();
  }, []);
  return null;
}
