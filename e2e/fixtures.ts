import { test as base, expect, type ConsoleMessage, type Page, type Response } from "@playwright/test";

const failedResource = /^Failed to load resource: the server responded with a status of (\d{3})\b/;

/**
 * Chromium logs every non-2xx fetch as a console error. A test that provokes an answer on purpose (a wrong password's
 * 401, a stale form's 409) names those statuses; only they, and only from this site's /api/ routes, are let through.
 */
function isAllowedApiError(message: ConsoleMessage, page: Page, allowed: readonly number[]): boolean {
  const status = Number(failedResource.exec(message.text())?.[1]);
  if (!allowed.includes(status)) return false;
  const url = message.location().url;
  if (!url) return false;
  const origin = new URL(page.url()).origin;
  const resource = new URL(url, origin);
  return resource.origin === origin && resource.pathname.startsWith("/api/");
}

/** Collects console errors and uncaught exceptions of a page, for a test to assert there are none. */
export function watchConsole(page: Page, allowedApiStatuses: readonly number[] = []): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && !isAllowedApiError(message, page, allowedApiStatuses)) errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

/**
 * After a page of this site loads (goto, reload), waits until React has hydrated it (components/providers/hydration-mark.tsx),
 * so a test acts as a person does, once the page is ready: a field changed before its handlers are attached does
 * nothing until the next change. Other answers (JSON, CSV, images), other sites' pages and pages read without
 * scripts are returned as they come.
 */
async function untilHydrated(page: Page, siteOrigin: string | null, response: Response | null): Promise<Response | null> {
  const html = response?.headers()["content-type"]?.startsWith("text/html") ?? false;
  if (html && siteOrigin !== null && new URL(page.url()).origin === siteOrigin) {
    await page.waitForFunction(() => document.documentElement.dataset.hydrated !== undefined);
  }
  return response;
}

// Every page must load without a console error or an uncaught exception; the fixture fails the test otherwise.
export const test = base.extend<{ consoleErrors: string[]; allowedApiStatuses: number[] }>({
  page: async ({ page, baseURL, javaScriptEnabled }, run) => {
    const siteOrigin = javaScriptEnabled && baseURL ? new URL(baseURL).origin : null;
    const goto = page.goto.bind(page);
    const reload = page.reload.bind(page);
    page.goto = async (url, options) => untilHydrated(page, siteOrigin, await goto(url, options));
    page.reload = async (options) => untilHydrated(page, siteOrigin, await reload(options));
    await run(page);
  },
  /** HTTP statuses of /api/ requests the test expects to fail (e.g. `test.use({ allowedApiStatuses: [401] })`). */
  allowedApiStatuses: [[], { option: true }],
  consoleErrors: [
    async ({ page, allowedApiStatuses }, use) => {
      const errors = watchConsole(page, allowedApiStatuses);
      await use(errors);
      expect(errors, "console errors on the page").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
