import "server-only";
import type { EventRouteOption } from "@/components/admin/event-form";
import { getRoutes } from "@/lib/data/routes/get-routes";

/** The routes the event form offers, as plain data for the client. */
export async function loadEventRoutes(): Promise<EventRouteOption[]> {
  return (await getRoutes()).map(({ slug, name }) => ({ slug, name }));
}
