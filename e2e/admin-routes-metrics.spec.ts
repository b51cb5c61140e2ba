import { request as playwrightRequest } from "@playwright/test";
import { signInThroughApi, signInThroughForm } from "./admin-session";
import { expectNoSeriousViolations } from "./axe";
import { expect, test } from "./fixtures";

// Routes and metrics end to end: an editor creates a route through the form, sees its public page, renames it,
// restores the first name from its history and deletes it; a route that figures use cannot be deleted, and a
// metric's unit cannot change under its figures. Seeded records are only read, or changed and refused; a route a
// test made is deleted again, through the API if the test failed half-way.

type Row = { id: number; slug: string; version: number };

const made: string[] = [];
test.afterEach(async ({ baseURL }, testInfo) => {
  if (made.length === 0) return;
  const request = await playwrightRequest.newContext({ baseURL });
  try {
    await signInThroughApi(request, baseURL!, testInfo.project.name);
    for (const slug of made.splice(0)) {
      const list = (await (await request.get(`/api/admin/routes?q=${slug}`)).json()) as { rows: Row[] };
      const route = list.rows.find((row) => row.slug === slug);
      if (!route) continue;
      const response = await request.delete(`/api/admin/routes/${route.id}`, {
        data: { version: route.version },
        headers: { origin: baseURL! },
      });
      expect(response.status(), `deleting test route ${slug}`).toBe(200);
    }
  } finally {
    await request.dispose();
  }
});

test("an editor creates a route, renames it, restores the first name from its history, and deletes it", async ({ page }, testInfo) => {
  const slug = `e2e-route-${testInfo.project.name}-${Date.now().toString(36)}`;
  const name = `E2E Black Sea route (${testInfo.project.name})`;
  await page.goto("/admin/routes/new");
  await signInThroughForm(page, testInfo.project.name);
  await expect(page).toHaveURL(/\/admin\/routes\/new$/);

  const form = page.getByRole("form", { name: "New route" });
  await form.getByRole("textbox", { name: "Name" }).fill(name);
  await form.getByRole("textbox", { name: "Slug" }).fill(slug);
  await form.getByLabel("Kind").selectOption("alternative");
  const modes = form.getByRole("textbox", { name: "Modes" });
  await modes.fill("sea/rail");
  await form.getByRole("textbox", { name: "Position" }).fill("9");
  await form.getByRole("textbox", { name: "Via" }).fill("Novorossiysk–Bosporus–Suez");
  await form.getByRole("textbox", { name: "Description" }).fill("A route made up by the end-to-end tests.");
  await form.getByRole("button", { name: "Create route" }).click();
  // Bad modes are refused beside the field, with what was typed kept.
  await expect(modes).toHaveAttribute("aria-invalid", "true");
  await expect(modes).toHaveAccessibleDescription(/Modes are words such as rail, road, sea, separated by ;/);
  await expect(modes).toHaveValue("sea/rail");
  await expectNoSeriousViolations(page);
  await modes.fill("sea; rail");
  await form.getByRole("button", { name: "Create route" }).click();
  await expect(page).toHaveURL(/\/admin\/routes\/\d+\?created=1$/);
  made.push(slug);
  const id = Number(/\/admin\/routes\/(\d+)/.exec(page.url())![1]);
  await expect(page.getByRole("status").filter({ hasText: "Route created." })).toBeVisible();
  // The slug is fixed once the route exists.
  await expect(page.getByRole("textbox", { name: "Slug" })).toHaveAttribute("readonly", "");

  await page.goto(`/routes/${slug}`);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByText("sea, rail")).toBeVisible();

  // Rename it; the public page follows on the next load.
  const renamed = `${name}, renamed`;
  await page.goto(`/admin/routes/${id}`);
  await page.getByRole("textbox", { name: "Name" }).fill(renamed);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await expect(page.getByText(/^Version 2, saved /)).toBeVisible();
  await page.goto(`/routes/${slug}`);
  await expect(page.getByRole("heading", { level: 1, name: renamed })).toBeVisible();

  // The history shows the rename as a diff and restores the first name as a new version.
  await page.goto(`/admin/routes/${id}/history`);
  const edit = page.getByRole("article", { name: "Version 2: Edited current" });
  await expect(edit.getByRole("row", { name: /^Name/ })).toContainText(name);
  await expect(edit.getByRole("row", { name: /^Name/ })).toContainText(renamed);
  await expectNoSeriousViolations(page);
  await page.getByRole("article", { name: "Version 1: Created" }).getByRole("button", { name: "Restore this version" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Restored version 1. The route is now at version 3." })).toBeVisible();
  await page.goto(`/routes/${slug}`);
  await expect(page.getByRole("heading", { level: 1, name, exact: true })).toBeVisible();

  // Delete it: it leaves the public pages, and the list says where to restore it from.
  await page.goto(`/admin/routes/${id}`);
  await page.getByRole("button", { name: "Delete…" }).click();
  await page.getByRole("dialog", { name: "Delete this route?" }).getByRole("button", { name: "Delete route" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/routes\\?deletedId=${id}$`));
  await expect(page.getByRole("status").filter({ hasText: `Route ${id} deleted. Its history can restore it.` })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: /^Routes 1–\d+ of \d+$/ })).toBeVisible();
  await expectNoSeriousViolations(page);
  made.splice(made.indexOf(slug), 1);
  const gone = await page.request.get(`/routes/${slug}`);
  expect(gone.status()).toBe(404);
});

test.describe("refusals", () => {
  test.use({ allowedApiStatuses: [422] });

  test("a route that figures use cannot be deleted, and a metric's unit cannot change under its figures", async ({ page }, testInfo) => {
    await page.goto("/admin/routes");
    await signInThroughForm(page, testInfo.project.name);
    await expect(page).toHaveURL(/\/admin\/routes$/);
    const search = page.getByRole("searchbox", { name: "Search" });
    await search.fill("western");
    await search.press("Enter");
    await expect(page).toHaveURL(/\/admin\/routes\?q=western$/);
    await expect(page.getByRole("status").filter({ hasText: "Routes 1–1 of 1" })).toBeVisible();
    // The list follows the address without rebuilding its filters: focus stays where the editor is.
    await expect(search).toBeFocused();
    await page.getByRole("link", { name: "INSTC western route" }).click();

    await page.getByRole("button", { name: "Delete…" }).click();
    await page.getByRole("dialog", { name: "Delete this route?" }).getByRole("button", { name: "Delete route" }).click();
    const summary = page.getByRole("heading", { name: "One thing needs attention" });
    await expect(summary).toBeVisible();
    await expect(
      page.getByText(/^This route cannot be deleted: \d+ figures and \d+ events refer to it\. Move them to another route first\.$/).first(),
    ).toBeVisible();
    await page.goto("/routes/instc-west");
    await expect(page.getByRole("heading", { level: 1, name: "INSTC western route" })).toBeVisible();

    await page.goto("/admin/metrics");
    const category = page.getByLabel("Category");
    // As a keyboard user does: focus the select, then choose (selectOption alone does not move focus).
    await category.focus();
    await category.selectOption("route");
    await expect(page).toHaveURL(/\/admin\/metrics\?category=route$/);
    await expect(page.getByRole("status").filter({ hasText: /^Metrics 1–17 of 17$/ })).toBeVisible();
    await expect(category).toBeFocused();
    await page.getByRole("link", { name: "Route length", exact: true }).click();
    const unit = page.getByRole("textbox", { name: "Unit" });
    await expect(unit).toHaveValue("km");
    await unit.fill("miles");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(unit).toHaveAttribute("aria-invalid", "true");
    await expect(unit).toHaveAccessibleDescription(/The unit cannot change while \d+ figures are counted in km/);
    await expect(unit).toHaveValue("miles");
    await expectNoSeriousViolations(page);
    await page.reload();
    await expect(page.getByRole("textbox", { name: "Unit" })).toHaveValue("km");
    await expect(page.getByText(/^Version 1, saved /)).toBeVisible();
  });
});
