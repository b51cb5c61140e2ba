import { notFound } from "next/navigation";
import { findMetric } from "./find-metric";

/**
 * Refuses an unknown slug before loading.tsx's skeleton streams. Streaming fixes the HTTP status at 200, so a
 * notFound() from the page itself would show the 404 page with a 200; checked here, above the loading
 * boundary of this segment, it is a real 404.
 */
export default async function MetricLayout({ children, params }: LayoutProps<"/metrics/[slug]">) {
  if (!(await findMetric(null, (await params).slug))) notFound();
  return children;
}
