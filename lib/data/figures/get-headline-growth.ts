import "server-only";
import { getPrisma } from "../../db";
import { Prisma } from "../../generated/prisma/client";
import type { FigureView } from "../types";
import { selectFigures } from "./select-figures";

// The founding headline: Russia–Iran trade in Jan–Apr 2024 against Jan–Apr 2023. Which figure is the headline
// is an editorial choice made here; its value, source and date always come from the database.
const headline = { metric: "russia_iran_trade_growth", periodStart: "2024-01-01", periodEnd: "2024-04-30" };

/** The headline figures (more than one when sources disagree), reported statistics first. */
export async function getHeadlineGrowth(): Promise<FigureView[]> {
  return selectFigures(
    await getPrisma(),
    [
      Prisma.sql`m.slug = ${headline.metric}`,
      Prisma.sql`f.period_start = ${headline.periodStart}::date AND f.period_end = ${headline.periodEnd}::date`,
    ],
    Prisma.sql`ORDER BY f.status = 'reported' DESC, f.source_date DESC NULLS LAST, f.id`,
  );
}
