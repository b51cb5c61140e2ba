import type { FieldErrors, FigureFormValues } from "@/lib/admin/figure-input";
import type { FigureSnapshot } from "@/lib/admin/figure-snapshot";
import type { AdminFigurePage } from "@/lib/admin/figures/list-figures-for-admin";
import type { RevisionView } from "@/lib/admin/figures/get-figure-history";
import type { FigureView } from "@/lib/data/types";
import { getJson } from "./get-json";
import { sendWrite, type WriteOutcomeOf } from "./send-write";

// The admin pages' calls to /api/admin, with every answer the handlers give turned into a value the forms can
// switch on. Only a network failure or an unexpected status throws.

export const adminKeys = {
  all: ["admin"] as const,
  lists: ["admin", "figures"] as const,
  list: (queryString: string) => ["admin", "figures", queryString] as const,
  history: (id: number) => ["admin", "history", id] as const,
};

export type WriteOutcome = WriteOutcomeOf<"figure", FigureView, FigureSnapshot, FieldErrors>;

const send = (url: string, method: "POST" | "PUT" | "DELETE", body: unknown) =>
  sendWrite<"figure", FigureView, FigureSnapshot, FieldErrors>("figure", url, method, body);

export const createFigure = (figure: FigureFormValues) => send("/api/admin/figures", "POST", { figure });
export const updateFigure = (id: number, figure: FigureFormValues, version: number) =>
  send(`/api/admin/figures/${id}`, "PUT", { figure, version });
export const deleteFigure = (id: number, version: number) => send(`/api/admin/figures/${id}`, "DELETE", { version });
export const restoreFigure = (id: number, revisionId: number, version: number) =>
  send(`/api/admin/figures/${id}/restore`, "POST", { revisionId, version });

export const fetchAdminFigures = (queryString: string, signal: AbortSignal) =>
  getJson<AdminFigurePage>(`/api/admin/figures${queryString}`, signal);

export const fetchFigureHistory = (id: number, signal: AbortSignal) =>
  getJson<{ revisions: RevisionView[] }>(`/api/admin/figures/${id}/history`, signal).then((body) => body.revisions);
