import type { Page } from "@playwright/test";
import { signInThroughApi } from "./admin-session";
import { expect, test } from "./fixtures";

// Every page loads with the Content-Security-Policy on and no violation (the fixture fails a test on any console
// error, which is how Chromium reports one; the listeners below name them, from the console and from the
// document's securitypolicyviolation events), and carries the security headers. Scripts run only from this origin
// or with the response's own nonce: no 'unsafe-inline', so an injected inline script would be refused.

// One page of every kind the app has: lists, a route, a metric, an embed of each chart kind, the API's page.
const publicPages = [
  "/",
  "/figures",
  "/routes",
  "/routes/instc-west",
  "/metrics",
  "/metrics/russia_iran_trade_turnover",
  "/sources",
  "/claims",
  "/events",
  "/changes",
  "/embed/trend?metric=russia_iran_trade_turnover",
  "/embed/comparison?measure=transit_time",
  "/embed/map",
  "/api/docs",
  "/admin/sign-in",
];
const adminPages = [
  "/admin/figures",
  "/admin/figures/new",
  "/admin/routes",
  "/admin/metrics",
  "/admin/events",
  "/admin/rulings",
  "/admin/rulings/new",
  "/admin/import",
];

async function visit(page: Page, path: string) {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) => seen.push(`${event.violatedDirective}: ${event.blockedURI}`));
  });
  const response = await page.goto(path);
  await page.waitForLoadState("networkidle");
  expect(response?.status(), path).toBe(200);
  expect(violations, `CSP violations on ${path}`).toEqual([]);
  expect(
    await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
    `securitypolicyviolation events on ${path}`,
  ).toEqual([]);
  const headers = response!.headers();
  const scriptSources = headers["content-security-policy"]?.split("; ").find((directive) => directive.startsWith("script-src ")) ?? "";
  expect(scriptSources, path).toMatch(/^script-src 'self' 'nonce-[A-Za-z0-9+/]+={0,2}'$/);
  // Next.js's inline scripts carry that nonce (the browser hides it from the DOM attribute, not from the property).
  const nonce = /'nonce-([^']+)'/.exec(scriptSources)![1];
  const inline = await page.evaluate(() =>
    [...document.querySelectorAll("script:not([src])")].map((script) => (script as HTMLScriptElement).nonce),
  );
  expect(inline.length, `${path} has Next.js's inline scripts`).toBeGreaterThan(0);
  expect(new Set(inline), path).toEqual(new Set([nonce]));
  return headers;
}

test("public pages carry the policy and load without a violation", async ({ page }) => {
  // One test walks every kind of page (a failure names its page): give it the time of a test per page.
  test.setTimeout(publicPages.length * 15_000);
  for (const path of publicPages) {
    const headers = await visit(page, path);
    expect(headers["content-security-policy"], path).toContain("default-src 'self'");
    expect(headers["content-security-policy"], path).not.toContain("unsafe-eval");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    if (path.startsWith("/admin") || path.startsWith("/api/"))
      expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    else if (path.startsWith("/embed/")) expect(headers["content-security-policy"], path).toContain("frame-ancestors *");
    else expect(headers["content-security-policy"], path).toContain("frame-ancestors 'self'");
  }
});

test("each response has a nonce of its own, and the not-found page's scripts carry it too", async ({ page }) => {
  const first = (await visit(page, "/routes"))["content-security-policy"];
  const second = (await visit(page, "/routes"))["content-security-policy"];
  expect(first).not.toEqual(second);
  // A 404 logs a console error of its own in Chromium, which the fixture refuses: its HTML is read instead.
  const missing = await page.request.get("/no-such-page");
  expect(missing.status()).toBe(404);
  const nonce = /'nonce-([^']+)'/.exec(missing.headers()["content-security-policy"] ?? "")?.[1];
  expect(nonce).toBeTruthy();
  const inlineScripts = [...(await missing.text()).matchAll(/<script(?![^>]*\ssrc=)([^>]*)>/g)].map((match) => match[1]);
  expect(inlineScripts.length).toBeGreaterThan(0);
  for (const attributes of inlineScripts) expect(attributes).toContain(`nonce="${nonce}"`);
});

test("admin pages are never framed and load without a violation", async ({ page, baseURL }, testInfo) => {
  await signInThroughApi(page.request, baseURL!, testInfo.project.name);
  for (const path of adminPages) {
    const headers = await visit(page, path);
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(headers["x-frame-options"], path).toBe("DENY");
  }
});
