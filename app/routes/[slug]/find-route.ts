import "server-only";
import { cache } from "react";
import { readRoute } from "@/lib/data/public-reads";

/** The route once per request: the layout, the metadata and the page all ask for the same route. */
export const findRoute = cache(readRoute);
