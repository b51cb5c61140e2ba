// Where to go after signing in. `?next=` comes from a link anyone can craft, so only a path of this site under
// /admin is followed (never "//evil.example", "/\evil.example" or "https://…"); anything else goes to the list.

export const afterSignInDefault = "/admin/figures";

export function safeNextPath(next: string | string[] | null | undefined): string {
  const candidate = Array.isArray(next) ? next[0] : next;
  if (!candidate || !candidate.startsWith("/") || candidate.startsWith("//") || candidate.includes("\\")) return afterSignInDefault;
  const base = "http://corridor.invalid";
  let url: URL;
  try {
    url = new URL(candidate, base);
  } catch {
    return afterSignInDefault;
  }
  const underAdmin = url.pathname === "/admin" || url.pathname.startsWith("/admin/");
  if (url.origin !== base || !underAdmin || url.pathname.startsWith("/admin/sign-in")) return afterSignInDefault;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The sign-in page's address that comes back to `path` afterwards. */
export function signInPath(path: string): string {
  const next = safeNextPath(path);
  return next === afterSignInDefault ? "/admin/sign-in" : `/admin/sign-in?next=${encodeURIComponent(next)}`;
}
