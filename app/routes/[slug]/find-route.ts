import "server-only";
import { cache } from "react";
import { getRoute } from "@/lib/data/routes/get-routes";

/** getRoute once per request: the layout, the metadata and the page all ask for the same route. */
export const findRoute = cache(getRoute);
