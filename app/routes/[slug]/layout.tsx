import { notFound } from "next/navigation";
import { findRoute } from "./find-route";

/**
 * Refuses an unknown slug before loading.tsx's skeleton streams. Streaming fixes the HTTP status at 200, so a
 * notFound() from the page itself would show the 404 page with a 200; checked here, above the loading
 * boundary of this segment, it is a real 404.
 */
export default async function RouteLayout({ children, params }: LayoutProps<"/routes/[slug]">) {
  if (!(await findRoute((await params).slug))) notFound();
  return children;
}
