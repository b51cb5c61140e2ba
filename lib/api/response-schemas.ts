import { z } from "zod";
import { claimOutcomes, type ClaimOutcome } from "../claims/claim-outcome";
import type { describeFiguresCsv } from "../csv/figures-csv-metadata";
import type { FigureView, FiguresPage } from "../data/types";
import { figureStatuses } from "../filters/figure-filter";
import { same } from "./same-type";

export { HealthSchema, type Health } from "./health-schema";

// The JSON the public API answers, as zod schemas for its OpenAPI document. The data layer's TypeScript types are
// the truth; each schema is checked against its type at compile time (`Same` below), so the document cannot
// drift from what the handlers send.

const datePrecision = z.enum(["day", "month", "year"]);

const SourceSchema = z
  .object({
    publisher: z.string().meta({ description: "Who published the figure, as cited" }),
    title: z.string(),
    url: z.string().nullable(),
    date: z.string().nullable().meta({ description: "ISO date of the publication's first known day; meaningful only to datePrecision" }),
    datePrecision: datePrecision.nullable(),
  })
  .meta({ id: "Source" });

export const FigureSchema = z
  .object({
    id: z.number().int(),
    metric: z.object({ slug: z.string(), name: z.string(), unit: z.string() }),
    route: z.object({ slug: z.string(), name: z.string() }).nullable(),
    subject: z.string(),
    periodStart: z.string().nullable().meta({ description: "YYYY-MM-DD; null when the source gives no period" }),
    periodEnd: z.string().nullable(),
    periodLabel: z.string().nullable(),
    value: z.string().meta({ description: "Exactly as the source gave it, as decimal text: 4.0 stays 4.0", example: "4.03" }),
    status: z.enum(figureStatuses),
    source: SourceSchema,
    note: z.string().nullable(),
    quotedSpeaker: z.string().nullable(),
    dataOwner: z.string().nullable(),
    version: z.number().int(),
    updatedAt: z.string().meta({
      description:
        "ISO 8601 date-time (UTC) the figure's row was last written by anyone, loading the seed included: not when it last changed",
    }),
    lastEditedAt: z.string().nullable().meta({
      description: "ISO 8601 date-time (UTC) an editor last changed the figure; null if no editor has since it was loaded",
    }),
    deletedAt: z.string().nullable().optional().meta({ description: "Never set on public figures" }),
  })
  .meta({ id: "Figure" });

type PublicFigure = FigureView & { outcome: ClaimOutcome | null };

export const FiguresPageSchema = z
  .object({
    figures: z.array(
      FigureSchema.extend({
        outcome: z
          .enum(claimOutcomes)
          .nullable()
          .meta({ description: "A plan's or forecast's outcome today (see /claims); null for other figures" }),
      }).meta({ id: "PublicFigure" }),
    ),
    total: z.number().int().meta({ description: "Figures in the whole selection" }),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .meta({ id: "FiguresPage" });
same<z.infer<typeof FiguresPageSchema>, Omit<FiguresPage, "figures"> & { figures: PublicFigure[] }>(true);

export const FiguresCsvMetadataSchema = z
  .object({
    title: z.string(),
    csv: z.string().meta({ description: "The CSV this describes" }),
    filters: z.record(z.string(), z.string().optional()),
    generatedAt: z.string(),
    rowCount: z.number().int(),
    format: z.string(),
    sourceNote: z.string(),
    spreadsheetSafety: z.string(),
    licence: z.object({ name: z.string(), url: z.string(), attribution: z.string(), scope: z.string() }),
    columns: z.array(z.object({ name: z.string(), description: z.string() })),
  })
  .meta({ id: "FiguresCsvMetadata" });
// The handler's literal types (column names, the filter's keys) widen to the strings a JSON client reads.
same<keyof z.infer<typeof FiguresCsvMetadataSchema>, keyof ReturnType<typeof describeFiguresCsv>>(true);

// Refusals and failures are not described here: every one is the envelope of lib/http/api-error-schema.ts.
