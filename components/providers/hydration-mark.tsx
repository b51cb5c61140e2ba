"use client";

import { useEffect } from "react";

/**
 * Marks the document once React has hydrated it (`<html data-hydrated>`). A page is whole from the first byte (no
 * streamed boundaries), so a field can be changed before its handlers are attached; the end-to-end tests wait for
 * this mark before they act, as a person's first tap comes after the page has loaded (e2e/fixtures.ts).
 */
export function HydrationMark() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = "";
  }, []);
  return null;
}
