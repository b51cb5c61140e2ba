import { signInThroughApi } from "./admin-session";
import { expectNoSeriousViolations } from "./axe";
import { expect, test } from "./fixtures";
import { testFigureInput } from "./test-figures";

// A reader follows what editors changed: an edit shows on /changes with its before and after, filtered by metric,
// and the figure's own history is a link away. Nothing there names an editor's email.

const metric = { slug: "rasht_astara_land_budget", name: "Rasht–Astara land budget" };

test("an editor's change is listed on /changes with what it changed, and the figure's history is one link away", async ({
  page,
  baseURL,
}, testInfo) => {
  await signInThroughApi(page.request, baseURL!, testInfo.project.name);
  const subject = `E2E changes (${testInfo.project.name}, ${Date.now().toString(36)})`;
  const record = testFigureInput(metric.slug, subject, "101.5");

  const created = await page.request.post("/api/admin/figures", { data: { record }, headers: { origin: baseURL! } });
  expect(created.status(), await created.text()).toBe(201);
  const figure = ((await created.json()) as { record: { id: number; version: number } }).record;
  const updated = await page.request.put(`/api/admin/figures/${figure.id}`, {
    data: { record: { ...record, value: "117.25" }, version: figure.version },
    headers: { origin: baseURL! },
  });
  expect(updated.status(), await updated.text()).toBe(200);

  await page.goto("/changes");
  await page.getByRole("combobox", { name: "Metric" }).selectOption(metric.slug);
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(new RegExp(`/changes\\?metric=${metric.slug}`));
  const entry = page.getByRole("article").filter({ hasText: subject }).first();
  await expect(entry.getByRole("heading")).toContainText(`Changed figure: ${metric.name}`);
  const valueRow = entry.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Value" }) });
  await expect(valueRow).toContainText("101.5");
  await expect(valueRow).toContainText("117.25");
  await expect(page.getByRole("main")).not.toContainText("@");

  await entry.getByRole("link", { name: "this figure's history" }).click();
  await expect(page).toHaveURL(new RegExp(`/changes\\?figure=${figure.id}$`));
  // Its creation and its edit, newest first.
  const entries = page.getByRole("article");
  await expect(entries).toHaveCount(2);
  await expect(entries.nth(0).getByRole("heading")).toContainText("Changed figure");
  await expect(entries.nth(1).getByRole("heading")).toContainText("Added figure");
  await expectNoSeriousViolations(page);

  await page.setViewportSize({ width: 375, height: 812 });
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);

  const feed = await page.request.get(`/changes.atom?figure=${figure.id}`);
  expect(feed.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
  expect(await feed.text()).toContain("Value: 101.5 → 117.25");

  // Tidy up: the figure is (soft) deleted again, which is itself a listed change.
  const removed = await page.request.delete(`/api/admin/figures/${figure.id}`, {
    data: { version: figure.version + 1 },
    headers: { origin: baseURL! },
  });
  expect(removed.status()).toBe(200);
});
