import "server-only";
import { getPrisma } from "../../db";
import { diffSnapshots, type FigureSnapshot } from "../figure-snapshot";
import type { RecordRevisionView } from "../records/record-history-view";

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
    const changes = diffSnapshots(before, after?.deleted ? null : after);
    return {
      id: revision.id,
      action: revision.action,
      version: revision.version,
      editor: revision.editor ? `${revision.editor.name} <${revision.editor.email}>` : "system",
      createdAt: revision.createdAt.toISOString(),
      comment: revision.comment,
      changes,
      restorable: revision.version !== figure.version,
    };
  });
}
