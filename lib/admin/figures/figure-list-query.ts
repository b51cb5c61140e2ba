import { z } from "zod";
import { figureStatuses } from "../../filters/figure-filter";
import { storableText } from "../../validation/storable";
import { recordListBase } from "../records/record-list-query";

// The admin figure list's query string: the filters every admin list has, and the figure's own.

export const figureSorts = ["updated", "metric", "period", "value", "id"] as const;

export const FigureListQuerySchema = recordListBase.extend({
  metric: storableText(64, "metric").optional(),
  route: storableText(64, "route").optional(),
  status: z.enum(figureStatuses, { error: `status must be one of ${figureStatuses.join(", ")}` }).optional(),
  source: storableText(200, "source").optional(),
  // Deleted figures keep their rows, so they can be listed beside the live ones too.
  deleted: z.enum(["exclude", "include", "only"], { error: "deleted must be exclude, include or only" }).default("exclude"),
  sort: z.enum(figureSorts, { error: `sort must be one of ${figureSorts.join(", ")}` }).default("updated"),
  dir: z.enum(["asc", "desc"], { error: "dir must be asc or desc" }).default("desc"),
});

export type FigureListQuery = z.output<typeof FigureListQuerySchema>;
