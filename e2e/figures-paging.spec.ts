import { request as playwrightRequest } from "@playwright/test";
import { signInThroughApi } from "./admin-session";
import { testFigureInput } from "./test-figures";
import { expect, test } from "./fixtures";

// The public figure list is paged, a hundred to a page, so no request is unbounded however many figures there are.
// The test adds 101 figures on a metric no other test counts, pages through them, and deletes them afterwards.

const metric = { slug: "rasht_astara_land_budget", name: "Rasht–Astara land budget" };
const made: { id: number; version: number }[] = [];

test.afterEach(async ({ baseURL }, testInfo) => {
  if (made.length === 0) return;
  const request = await playwrightRequest.newContext({ baseURL });
  try {
    await signInThroughApi(request, baseURL!, testInfo.project.name);
    for (const figure of made.splice(0)) {
      const response = await request.delete(`/api/admin/figures/${figure.id}`, {
        data: { version: figure.version },
        headers: { origin: baseURL! },
      });
      expect(response.status(), `deleting figure ${figure.id}`).toBe(200);
    }
  } finally {
    await request.dispose();
  }
});

test("the figure list pages through a large selection, with links that also work without scripts", async ({ page, baseURL }, testInfo) => {
  test.setTimeout(120_000);
  await signInThroughApi(page.request, baseURL!, testInfo.project.name);
  const subject = `E2E paging (${testInfo.project.name}, ${Date.now().toString(36)})`;
  for (let index = 0; index < 101; index++) {
    const response = await page.request.post("/api/admin/figures", {
      data: {
        record: testFigureInput(metric.slug, subject, String(index)),
      },
      headers: { origin: baseURL! },
    });
    expect(response.status()).toBe(201);
    const { record: figure } = (await response.json()) as { record: { id: number; version: number } };
    made.push({ id: figure.id, version: figure.version });
  }
  const { total } = (await (await page.request.get(`/api/figures?metric=${metric.slug}`)).json()) as { total: number };
  expect(total).toBeGreaterThanOrEqual(101);

  await page.goto(`/figures?metric=${metric.slug}`);
  const status = page
    .getByRole("status")
    .filter({ hasText: "figures" })
    .or(page.getByRole("status").filter({ hasText: "Figures" }));
  await expect(status).toHaveText(`Figures 1–100 of ${total}: ${metric.name}`);
  await expect(page.getByRole("region", { name: `Figures 1–100 of ${total}: ${metric.name}` }).getByRole("row")).toHaveCount(101);
  await expect(page.getByRole("link", { name: `Download CSV of all ${total} figures of this selection` })).toHaveAttribute(
    "href",
    `/api/csv/figures?metric=${metric.slug}`,
  );
  const pages = page.getByRole("navigation", { name: "Pages of figures" });
  await expect(pages).toContainText(`Page 1 of ${Math.ceil(total / 100)}`);
  await expect(pages.getByRole("link", { name: "Next page" })).toHaveAttribute("href", `/figures?metric=${metric.slug}&page=2`);

  await pages.getByRole("link", { name: "Next page" }).click();
  await expect(page).toHaveURL(new RegExp(`/figures\\?metric=${metric.slug}&page=2$`));
  await expect(status).toHaveText(`Figures 101–${Math.min(200, total)} of ${total}: ${metric.name}`);
  await pages.getByRole("link", { name: "Previous page" }).click();
  await expect(page).toHaveURL(new RegExp(`/figures\\?metric=${metric.slug}$`));
  await expect(status).toHaveText(`Figures 1–100 of ${total}: ${metric.name}`);

  // The second page's address renders on the server too.
  await page.goto(`/figures?metric=${metric.slug}&page=2`);
  await expect(status).toHaveText(`Figures 101–${Math.min(200, total)} of ${total}: ${metric.name}`);
});
