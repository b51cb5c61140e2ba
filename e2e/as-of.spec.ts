import { signInThroughApi } from "./admin-session";
import { expectNoSeriousViolations } from "./axe";
import { expect, test } from "./fixtures";
import { testFigureInput } from "./test-figures";

// `?asOf=` (issue 15): an editor changes a figure; the metric's page and its CSV as of a moment before the change
// show the old value, as of a moment after it the new one, each saying which moment it shows.

const metric = "rasht_astara_land_budget";
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test("the page and the CSV as of a moment show the figure as it stood then", async ({ page, baseURL }, testInfo) => {
  await signInThroughApi(page.request, baseURL!, testInfo.project.name);
  const subject = `E2E as-of (${testInfo.project.name}, ${Date.now().toString(36)})`;
  const record = testFigureInput(metric, subject, "101.5");
  const created = await page.request.post("/api/admin/figures", { data: { record }, headers: { origin: baseURL! } });
  expect(created.status(), await created.text()).toBe(201);
  const figure = ((await created.json()) as { record: { id: number; version: number } }).record;
  await pause(50);
  const beforeEdit = new Date().toISOString();
  await pause(50);
  const updated = await page.request.put(`/api/admin/figures/${figure.id}`, {
    data: { record: { ...record, value: "117.25" }, version: figure.version },
    headers: { origin: baseURL! },
  });
  expect(updated.status(), await updated.text()).toBe(200);
  await pause(50);
  const afterEdit = new Date().toISOString();

  try {
    const rowOf = () => page.getByRole("row").filter({ hasText: subject });
    await page.goto(`/metrics/${metric}?asOf=${encodeURIComponent(beforeEdit)}`);
    await expect(page.getByRole("note")).toContainText("As of");
    await expect(page.getByRole("note").locator("time")).toHaveAttribute("datetime", beforeEdit);
    await expect(rowOf()).toContainText("101.5");
    await expect(rowOf()).not.toContainText("117.25");
    await expectNoSeriousViolations(page);
    // The page's CSV is of the same moment.
    const csvHref = await page
      .getByRole("link", { name: /Download CSV.*figures/ })
      .first()
      .getAttribute("href");
    expect(csvHref).toContain("asOf=");
    const pastCsv = await (await page.request.get(csvHref!)).text();
    expect(pastCsv.split("\n").find((line) => line.includes(subject))).toContain("101.5");

    await page.getByRole("link", { name: "See today's view" }).click();
    await expect(page).toHaveURL(new RegExp(`/metrics/${metric}$`));
    await expect(page.getByRole("note").filter({ hasText: "As of" })).toHaveCount(0);
    await expect(rowOf()).toContainText("117.25");

    await page.goto(`/metrics/${metric}?asOf=${encodeURIComponent(afterEdit)}`);
    await expect(rowOf()).toContainText("117.25");
    const csvAfter = await (await page.request.get(`/api/csv/figures?metric=${metric}&asOf=${encodeURIComponent(afterEdit)}`)).text();
    expect(csvAfter.split("\n").find((line) => line.includes(subject))).toContain("117.25");
    const csvBefore = await (await page.request.get(`/api/csv/figures?metric=${metric}&asOf=${encodeURIComponent(beforeEdit)}`)).text();
    expect(csvBefore.split("\n").find((line) => line.includes(subject))).toContain("101.5");

    // A moment to come is refused, in words, and changes nothing.
    const future = await page.request.get(`/api/csv/figures?metric=${metric}&asOf=2999-01-01`);
    expect(future.status()).toBe(400);
    expect(((await future.json()) as { issues: string[] }).issues.join(" ")).toContain("later than now");
    await page.goto(`/metrics/${metric}?asOf=yesterday`);
    await expect(page.getByRole("alert").filter({ hasText: "cannot be shown" })).toContainText("asOf must be a date");
  } finally {
    // Tidy up even after a failure: other specs count the figures.
    const removed = await page.request.delete(`/api/admin/figures/${figure.id}`, {
      data: { version: figure.version + 1 },
      headers: { origin: baseURL! },
    });
    expect(removed.status()).toBe(200);
  }
});
