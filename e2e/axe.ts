import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect } from "./fixtures";

/**
 * Fails the test on any serious or critical axe violation on the page as it is now. After a client-side
 * navigation Next.js streams the new page's <title> in a moment later: wait for it, so the page is audited whole.
 */
export async function expectNoSeriousViolations(page: Page) {
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).analyze();
  const blocking = results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => ({ id: violation.id, help: violation.help, targets: violation.nodes.map((node) => node.target.join(" ")) }));
  expect(blocking, `accessibility of ${page.url()}`).toEqual([]);
}
