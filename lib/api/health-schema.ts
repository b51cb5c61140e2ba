import { z } from "zod";
import type { PublicHealth } from "../data/health/get-health";
import { same } from "./same-type";

// /api/health's answer, apart from the other response schemas (response-schemas.ts re-exports it): the root error
// page reads it in the browser, and importing every schema there built them all on every page load, a quarter of a
// second of a phone's main thread.

export const HealthSchema = z
  .object({
    ok: z.boolean().meta({ description: "True when the database answers and every migration is applied" }),
    database: z.object({ kind: z.enum(["embedded", "postgres"]) }),
    migrations: z.object({ applied: z.number().int(), pending: z.array(z.string()), failed: z.array(z.string()) }).nullable(),
    figures: z.number().int().nullable().meta({ description: "Public figures in the database" }),
    error: z.string().nullable(),
  })
  .meta({ id: "Health" });
same<z.infer<typeof HealthSchema>, PublicHealth>(true);
export type Health = z.infer<typeof HealthSchema>;
