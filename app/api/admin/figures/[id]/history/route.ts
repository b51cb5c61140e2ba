import { getFigureHistory } from "@/lib/admin/figures/get-figure-history";
import { parseId } from "@/lib/admin/figures/write-response";
import { editorOnly } from "@/lib/auth/request-guard";

export const dynamic = "force-dynamic";

/** GET /api/admin/figures/<id>/history: the figure's revisions, newest first, as field changes. */
export const GET = editorOnly(async (_request, { params }: { params: Promise<{ id: string }> }) => {
  const id = parseId((await params).id);
  const history = id === null ? null : await getFigureHistory(id);
  if (!history) return Response.json({ message: "No such figure." }, { status: 404 });
  return Response.json({ revisions: history }, { headers: { "Cache-Control": "no-store" } });
});
