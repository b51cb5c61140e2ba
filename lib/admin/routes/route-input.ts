import { z } from "zod";
import { formatRouteNodes, parseRouteNodes } from "../../routes/route-nodes";
import { requiredStorableText, storableText } from "../../validation/storable";
import { requiredText } from "../records/record-types";

// One schema for a route as an editor enters it, used by the form as the editor types and by the route handler
// on the server. Every field is text; modes are written in order ("sea; rail": the order the cargo meets them).

export const routeKinds = ["instc", "alternative"] as const;

/** Same rule as the routes_slug_format CHECK: lower-case words joined by hyphens. */
export const routeSlugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const modePattern = /^[a-z][a-z ]{0,29}$/;

/** "sea; rail" or "sea, rail" → ["sea", "rail"]. */
export function splitModes(text: string): string[] {
  return text
    .split(/[;,]/)
    .map((mode) => mode.trim().toLowerCase().replace(/\s+/g, " "))
    .filter((mode) => mode !== "");
}

/** How a stored list of modes reads in the form and in history. */
export const joinModes = (modes: readonly string[]) => modes.join("; ");

export const RouteInputSchema = z.object({
  slug: requiredStorableText(64, "Slug").regex(
    routeSlugPattern,
    "Slug must be lower-case letters and digits joined by hyphens, such as instc-west",
  ),
  name: requiredText(200, "Name"),
  kind: z.enum(routeKinds, { error: `Kind must be one of ${routeKinds.join(", ")}` }),
  modes: storableText(200, "Modes")
    .min(1, "Give at least one mode, such as rail")
    .transform(splitModes)
    .refine((modes) => modes.length >= 1, "Give at least one mode, such as rail")
    .refine((modes) => modes.length <= 6, "At most 6 modes")
    .refine((modes) => modes.every((mode) => modePattern.test(mode)), "Modes are words such as rail, road, sea, separated by ;")
    .refine((modes) => new Set(modes).size === modes.length, "A mode is listed twice"),
  via: requiredText(300, "Via"),
  description: requiredText(2000, "Description"),
  position: requiredStorableText(20, "Position")
    .regex(/^\d{1,4}$/, "Position must be a whole number from 0 to 9999")
    .transform(Number),
  // Parsed, then stored normalised (one node a line, coordinates with two decimals); blank: not on the map.
  nodes: storableText(60_000, "Map path").transform((text, context) => {
    const parsed = parseRouteNodes(text);
    if (parsed.ok) return formatRouteNodes(parsed.nodes);
    for (const message of parsed.errors) context.addIssue({ code: "custom", message });
    return z.NEVER;
  }),
});

export type RouteFormValues = z.input<typeof RouteInputSchema>;
export type RouteInput = z.output<typeof RouteInputSchema>;

export const routeFieldLabels: Record<keyof RouteFormValues, string> = {
  slug: "Slug",
  name: "Name",
  kind: "Kind",
  modes: "Modes",
  via: "Via",
  description: "Description",
  position: "Position",
  nodes: "Map path",
};

export const emptyRouteForm: RouteFormValues = {
  slug: "",
  name: "",
  kind: "alternative",
  modes: "",
  via: "",
  description: "",
  position: "",
  nodes: "",
};
