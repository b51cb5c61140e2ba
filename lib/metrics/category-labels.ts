import type { MetricCategory } from "@/lib/data/types";

/** Metric categories as headings, in the order the metrics index shows them. */
export const categoryLabels: Record<MetricCategory, string> = {
  trade: "Trade",
  transit: "Cargo and transit",
  maritime: "Shipping and ports",
  infrastructure: "Infrastructure",
  route: "Route comparison",
};
