import "server-only";
import { getPrisma } from "../../db";
import { snapshotFieldLabels, type FigureSnapshot } from "../figure-snapshot";
import { toRevisionView, type RecordRevisionView } from "../records/record-history-view";
import { diffRecordValues } from "../records/record-types";

/** A figure's revision as its history page shows it: the same view as every record's. */
export type RevisionView = RecordRevisionView;

/** A figure's revisions, newest first, each as the list of fields it changed. */
export async function getFigureHistory(figureId: number): Promise<RevisionView[] | null> {
  const prisma = await getPrisma();
  const figure = await prisma.figure.findUnique({ where: { id: figureId }, select: { version: true } });
  if (!figure) return null;
  const revisions = await prisma.figureRevision.findMany({
    where: { figureId },
    orderBy: { id: "desc" },
    include: { editor: { select: { name: true, email: true } } },
  });
  return revisions.map((revision) => {
    const before = revision.before as FigureSnapshot | null;
    const after = revision.after as FigureSnapshot | null;
    // A deletion's `after` is the deleted state: its diff shows nothing changed but the deletion itself.
    return toRevisionView(revision, diffRecordValues(snapshotFieldLabels, before, after?.deleted ? null : after), revision.version !== figure.version);
  });
}
