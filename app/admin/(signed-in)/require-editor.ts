import "server-only";
import type { Route } from "next";
import { redirect } from "next/navigation";
import { signInPath } from "@/components/admin/safe-next-path";
import { getSignedInEditor, type SignedInEditor } from "@/lib/auth/session";
import { recordToSearchParams, type SearchParamsRecord } from "@/lib/filters/search-params";

/**
 * Every signed-in page checks the session itself, with its own address: layouts render in parallel with pages and
 * are kept on client navigation, so the layout's check alone would neither protect the page nor know where to
 * come back to after signing in.
 */
export async function requireEditor(path: string): Promise<SignedInEditor> {
  const editor = await getSignedInEditor();
  if (!editor) redirect(signInPath(path) as Route);
  return editor;
}

/** A page's path with its query, for coming back to it after signing in. */
export function pathWithQuery(pathname: string, searchParams: SearchParamsRecord): string {
  const query = recordToSearchParams(searchParams).toString();
  return query ? `${pathname}?${query}` : pathname;
}
