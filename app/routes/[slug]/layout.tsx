import { notFound } from "next/navigation";
import { findRoute } from "./find-route";

/**
 * Refuses an unknown slug with a real 404 before the page renders. The segment has no loading.tsx on purpose: a
 * streamed skeleton keeps the page in a hidden element until a script swaps it in, so a reader without
 * JavaScript would see only the skeleton (and the route map is meant to work without scripts). Its reads are
 * cached, so the skeleton would rarely show anyway.
 */
export default async function RouteLayout({ children, params }: LayoutProps<"/routes/[slug]">) {
  if (!(await findRoute(null, (await params).slug))) notFound();
  return children;
}
