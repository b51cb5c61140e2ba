// @ts-check
// The Content-Security-Policy of every response (issue 10), set where requests enter the server
// (lib/http/http-edge.ts). Scripts: this origin's files, and on a page the inline scripts Next.js writes (its
// streamed page data, `self.__next_f.push(…)`) by the nonce of that one response: Next.js reads the nonce from the
// request's own Content-Security-Policy header and puts it on every script it renders. This works because every
// page is rendered per request (app/layout.tsx); the data, not the HTML, is cached (lib/cache). No 'unsafe-inline'
// for scripts, and no 'unsafe-eval' outside development. Styles stay 'unsafe-inline': charts position their labels
// with style attributes, which a nonce cannot cover.
//
// Admin pages, sign-in and the API may never be framed; public pages may be framed by this origin only; embeds
// (/embed/*, one chart each, made to be framed) by any site.
export const publicFrameAncestors = "'self'";
export const embedFrameAncestors = "*";

/** @param {string} pathname */
const isEmbed = (pathname) => pathname === "/embed" || pathname.startsWith("/embed/");

/** @param {string} pathname */
export function isNeverFramed(pathname) {
  return pathname === "/admin" || pathname.startsWith("/admin/") || pathname.startsWith("/api/");
}

/** @param {{ pathname: string; nonce: string | null; development: boolean }} request */
export function contentSecurityPolicy({ pathname, nonce, development }) {
  return [
    "default-src 'self'",
    `script-src 'self'${nonce ? ` 'nonce-${nonce}'` : ""}${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${isNeverFramed(pathname) ? "'none'" : isEmbed(pathname) ? embedFrameAncestors : publicFrameAncestors}`,
  ].join("; ");
}
