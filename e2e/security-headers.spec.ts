import type { Page } from "@playwright/test";
import { signInThroughApi } from "./admin-session";
import { expect, test } from "./fixtures";

// Every page loads with the Content-Security-Policy on and no violation (the fixture fails a test on any console
// error, which is how Chromium reports one; a listener below names them too), and carries the security headers.

const publicPages = ["/", "/figures", "/routes", "/routes/instc-west", "/metrics", "/sources", "/claims", "/admin/sign-in"];
const adminPages = ["/admin/figures", "/admin/figures/new", "/admin/routes", "/admin/metrics", "/admin/events", "/admin/rulings", "/admin/rulings/new", "/admin/import"];

async function visit(page: Page, path: string) {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto(path);
  await page.waitForLoadState("networkidle");
  expect(response?.status(), path).toBeLessThan(400);
  expect(violations, `CSP violations on ${path}`).toEqual([]);
  return response!.headers();
}

test("public pages carry the policy and load without a violation", async ({ page }) => {
  for (const path of publicPages) {
    const headers = await visit(page, path);
    expect(headers["content-security-policy"], path).toContain("default-src 'self'");
    expect(headers["content-security-policy"], path).not.toContain("unsafe-eval");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    if (path.startsWith("/admin")) expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    else expect(headers["content-security-policy"], path).toContain("frame-ancestors 'self'");
  }
});

test("admin pages are never framed and load without a violation", async ({ page, baseURL }, testInfo) => {
  await signInThroughApi(page.request, baseURL!, testInfo.project.name);
  for (const path of adminPages) {
    const headers = await visit(page, path);
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(headers["x-frame-options"], path).toBe("DENY");
  }
});
