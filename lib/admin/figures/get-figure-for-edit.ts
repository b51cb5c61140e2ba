import "server-only";
import { getPrisma } from "../../db";
import { selectFigures } from "../../data/figures/select-figures";
import type { FigureView } from "../../data/types";
import { Prisma } from "../../generated/prisma/client";

/** One figure for the admin pages, deleted or not (a deleted one carries `deletedAt`); null if it never existed. */
export async function getFigureForEdit(id: number): Promise<FigureView | null> {
  const prisma = await getPrisma();
  const [figure] = await selectFigures(prisma, [Prisma.sql`f.id = ${id}`], undefined, { includeDeleted: true });
  return figure ?? null;
}
