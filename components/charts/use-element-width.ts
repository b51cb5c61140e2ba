"use client";

import { useEffect, useRef, useState } from "react";

/**
 * The content width of an element, kept up to date. Charts lay out their labels (wrapping route names, spacing
 * event markers) from it, which Recharts' own responsive sizing cannot do. Null until measured in the browser.
 */
export function useElementWidth<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState<number | null>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    // ResizeObserver reports the first size as soon as it starts observing, then every change.
    const observer = new ResizeObserver((entries) => {
      const next = Math.floor(entries[0]?.contentRect.width ?? 0);
      setWidth((previous) => (previous === next ? previous : next));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}
