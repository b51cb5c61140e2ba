import { request as playwrightRequest, type APIRequestContext, type Page } from "@playwright/test";
import { credentials, signInThroughApi, signInThroughForm } from "./admin-session";
import { testFigureInput } from "./test-figures";
import { expectNoSeriousViolations } from "./axe";
import { expect, test, watchConsole } from "./fixtures";

// The editors' pages, end to end: signing in, correcting a figure and seeing the public pages follow, undoing it
// from the history, deleting and restoring, two editors saving the same version, signing out, and accessibility.
// Each test creates its own figure (on a metric no other test reads, with no route) and deletes it afterwards, so
// the seeded figures that other tests assert on are never touched.

const metric = { slug: "rasht_astara_land_budget", unit: "USD m" };

type Figure = { id: number; value: string; version: number; subject: string };

/** A unique subject per test and project, so a test finds exactly its own figure. */
function subjectFor(title: string, projectName: string): string {
  return `E2E ${title} (${projectName}, ${Date.now().toString(36)})`;
}

const figureInput = (subject: string, value: string, note = "") => testFigureInput(metric.slug, subject, value, note);

async function createFigure(request: APIRequestContext, baseURL: string, subject: string, value: string): Promise<Figure> {
  const response = await request.post("/api/admin/figures", {
    data: { record: figureInput(subject, value) },
    headers: { origin: baseURL },
  });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { record: Figure }).record;
}

/** The public figure list of the test metric, and the row of one figure there. */
async function publicRow(page: Page, subject: string) {
  await page.goto(`/figures?metric=${metric.slug}`);
  return page.getByRole("row").filter({ hasText: subject });
}

// Every figure a test made is deleted again (a soft delete: the public pages and counts no longer see it).
const created: Figure[] = [];
test.afterEach(async ({ baseURL }, testInfo) => {
  if (created.length === 0) return;
  const request = await playwrightRequest.newContext({ baseURL });
  try {
    await signInThroughApi(request, baseURL!, testInfo.project.name);
    for (const figure of created.splice(0)) {
      const page = await request.get(`/api/admin/figures?q=${encodeURIComponent(figure.subject)}`);
      const current = ((await page.json()) as { rows: Figure[] }).rows.find((row) => row.id === figure.id);
      if (!current) continue;
      const response = await request.delete(`/api/admin/figures/${figure.id}`, {
        data: { version: current.version },
        headers: { origin: baseURL! },
      });
      expect(response.status(), `deleting test figure ${figure.id}`).toBe(200);
    }
  } finally {
    await request.dispose();
  }
});

test.describe("signed in", () => {
  test("an editor signs in, corrects a figure's value and note, and the public pages show the new value", async ({
    page,
    baseURL,
  }, testInfo) => {
    await page.goto("/admin/sign-in");
    if (testInfo.project.name === "embedded") {
      await expect(page.getByText("Demo editor: demo@corridor.watch / corridor-demo-editor")).toBeVisible();
    } else {
      await expect(page.getByText(/Demo editor/)).toHaveCount(0);
    }
    await signInThroughForm(page, testInfo.project.name);
    await expect(page).toHaveURL(/\/admin\/figures$/);
    await expect(page.getByText("Signed in as")).toBeVisible();

    const subject = subjectFor("correct a value", testInfo.project.name);
    const figure = await createFigure(page.request, baseURL!, subject, "271.25");
    created.push(figure);
    await expect(await publicRow(page, subject)).toContainText(`271.25 ${metric.unit}`);

    // Find it in the list by searching, and open it.
    await page.goto("/admin/figures");
    await page.getByRole("searchbox", { name: "Search" }).fill(subject);
    await page.getByRole("searchbox", { name: "Search" }).press("Enter");
    await expect(page).toHaveURL(/[?&]q=/);
    await expect(page.getByRole("status").filter({ hasText: "Figures 1–1 of 1" })).toBeVisible();
    await page.getByRole("link", { name: subject }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(subject);

    const value = page.getByRole("textbox", { name: "Value" });
    await expect(value).toHaveValue("271.25");
    await expect(page.getByLabel("Unit")).toHaveValue(metric.unit);

    // A value with a thousands separator is refused beside the field, and what was typed stays.
    await value.fill("1,312.75");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(value).toHaveAttribute("aria-invalid", "true");
    await expect(value).toHaveAccessibleDescription(/a point for decimals, no thousands separators/);
    await expect(page.locator("#figure-value-error")).toContainText("Value must be a plain number");
    await expect(value).toHaveValue("1,312.75");
    await expect(value).toBeFocused();

    await value.fill("312.75");
    await expect(value).not.toHaveAttribute("aria-invalid", "true");
    await page.getByRole("textbox", { name: "Note (optional)" }).fill("Corrected by the end-to-end test.");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("status").filter({ hasText: /^✓ Saved\.$/ })).toBeVisible();
    await expect(page.getByText(/^Version 2, saved/)).toBeVisible();

    const row = await publicRow(page, subject);
    await expect(row).toContainText(`312.75 ${metric.unit}`);
    await expect(row).toContainText("Corrected by the end-to-end test.");
    await page.goto(`/metrics/${metric.slug}`);
    await expect(page.getByRole("row").filter({ hasText: subject })).toContainText(`312.75 ${metric.unit}`);
  });

  test("a new figure is created through the form and shown on the public pages", async ({ page, baseURL }, testInfo) => {
    await signInThroughApi(page.request, baseURL!, testInfo.project.name);
    const subject = subjectFor("create", testInfo.project.name);
    await page.goto("/admin/figures");
    await page.getByRole("main").getByRole("link", { name: "New figure" }).first().click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("New figure");

    await page.getByRole("combobox", { name: "Metric" }).selectOption(metric.slug);
    await expect(page.getByLabel("Unit")).toHaveValue(metric.unit);
    await page.getByRole("textbox", { name: "Subject" }).fill(subject);
    await page.getByRole("textbox", { name: "Value" }).fill("4.030");
    await page.getByLabel("Period start").fill("2024-01-01");
    await page.getByLabel("Period end").fill("2024-04-30");
    await page.getByRole("button", { name: "Create figure" }).click();
    // A period needs a label; the rest of the input stays as typed.
    const label = page.getByRole("textbox", { name: "Period label" });
    await expect(label).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByRole("textbox", { name: "Value" })).toHaveValue("4.030");
    await label.fill("Jan–Apr 2024");
    await page.getByRole("textbox", { name: "Source publisher" }).fill("Corridor Watch end-to-end tests");
    await page.getByRole("textbox", { name: "Source title" }).fill("A figure made up by the tests");
    await page.getByRole("button", { name: "Create figure" }).click();

    await expect(page).toHaveURL(/\/admin\/figures\/\d+\?created=1$/);
    const id = Number(new URL(page.url()).pathname.split("/").at(-1));
    created.push({ id, subject, value: "4.030", version: 1 });
    await expect(page.getByText("Figure created.")).toBeVisible();
    await expect(page.getByText(/^Version 1, saved/)).toBeVisible();

    const row = await publicRow(page, subject);
    // The value keeps every digit typed: 4.030, not 4.03.
    await expect(row).toContainText(`4.030 ${metric.unit}`);
    await expect(row).toContainText("Jan–Apr 2024");
  });

  test("the history shows each change and restores the old value, on the public pages too", async ({ page, baseURL }, testInfo) => {
    await signInThroughApi(page.request, baseURL!, testInfo.project.name);
    const subject = subjectFor("restore", testInfo.project.name);
    const figure = await createFigure(page.request, baseURL!, subject, "271.25");
    created.push(figure);
    const update = await page.request.put(`/api/admin/figures/${figure.id}`, {
      data: { record: figureInput(subject, "312.75", "A correction to undo."), version: figure.version },
      headers: { origin: baseURL! },
    });
    expect(update.status()).toBe(200);
    await expect(await publicRow(page, subject)).toContainText(`312.75 ${metric.unit}`);

    await page.goto("/admin/figures");
    await page.getByRole("searchbox", { name: "Search" }).fill(subject);
    await page.getByRole("button", { name: "Search" }).click();
    await page.getByRole("link", { name: `History of figure ${figure.id}` }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(`History of figure ${figure.id}`);

    const revisions = page.getByRole("list", { name: "Revisions, newest first" }).getByRole("article");
    await expect(revisions).toHaveCount(2);
    const edited = revisions.nth(0);
    await expect(edited.getByRole("heading")).toHaveText(/Version 2: Edited/);
    await expect(edited.getByRole("row", { name: /Value/ }).locator("del")).toHaveText("271.25");
    await expect(edited.getByRole("row", { name: /Value/ }).locator("ins")).toHaveText("312.75");
    await expect(edited.getByRole("button", { name: "Restore this version" })).toHaveCount(0);
    const first = revisions.nth(1);
    await expect(first.getByRole("heading")).toHaveText("Version 1: Created");

    await first.getByRole("button", { name: "Restore this version" }).click();
    await expect(page.getByText("Restored version 1. The figure is now at version 3.")).toBeVisible();
    await expect(revisions).toHaveCount(3);
    await expect(revisions.nth(0).getByRole("heading")).toHaveText(/Version 3: Restored/);

    const row = await publicRow(page, subject);
    await expect(row).toContainText(`271.25 ${metric.unit}`);
    await expect(row).not.toContainText("A correction to undo.");
  });

  test("deleting asks first; a deleted figure is marked in the list and comes back from its history", async ({
    page,
    baseURL,
  }, testInfo) => {
    await signInThroughApi(page.request, baseURL!, testInfo.project.name);
    const subject = subjectFor("delete", testInfo.project.name);
    const figure = await createFigure(page.request, baseURL!, subject, "99.5");
    created.push(figure);

    await page.goto(`/admin/figures/${figure.id}`);
    const deleteButton = page.getByRole("button", { name: "Delete…" });
    await deleteButton.click();
    const dialog = page.getByRole("dialog", { name: "Delete this figure?" });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(deleteButton).toBeFocused();

    await deleteButton.click();
    await dialog.getByRole("button", { name: "Delete figure" }).click();
    // Back to the list, which says what was deleted and where to restore it (as for every kind of record).
    await expect(page).toHaveURL(new RegExp(`/admin/figures\\?deletedId=${figure.id}$`));
    await expect(page.getByRole("status").filter({ hasText: `Figure ${figure.id} deleted. Its history can restore it.` })).toBeVisible();
    await expect(await publicRow(page, subject)).toHaveCount(0);

    // Its edit page says so, offers no saving, and points to the history.
    await page.goto(`/admin/figures/${figure.id}`);
    await expect(page.getByText("This figure is deleted")).toBeVisible();
    await expect(page.getByRole("button", { name: "Save changes" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "restore a version from its history" })).toHaveAttribute(
      "href",
      `/admin/figures/${figure.id}/history`,
    );

    await page.goto(`/admin/figures?deleted=only&q=${encodeURIComponent(subject)}`);
    const row = page.getByRole("row").filter({ hasText: subject });
    await expect(row).toContainText("deleted");
    await row.getByRole("link", { name: `Restore from history of figure ${figure.id}` }).click();
    await expect(page.getByText("This figure is deleted")).toBeVisible();
    const revisions = page.getByRole("list", { name: "Revisions, newest first" }).getByRole("article");
    await expect(revisions.nth(0).getByRole("heading")).toHaveText(/Version 2: Deleted/);
    await revisions.nth(1).getByRole("button", { name: "Restore this version" }).click();
    await expect(page.getByText("Restored version 1. The figure is now at version 3 and shown on public pages again.")).toBeVisible();
    await expect(page.getByText("This figure is deleted")).toBeHidden();
    await expect(await publicRow(page, subject)).toContainText(`99.5 ${metric.unit}`);
  });

  test.describe("with a conflict", () => {
    test.use({ allowedApiStatuses: [409] });

    test("a stale form shows the other editor's value, and 'Apply mine on top' then saves", async ({
      page,
      browser,
      baseURL,
    }, testInfo) => {
      await signInThroughApi(page.request, baseURL!, testInfo.project.name);
      const subject = subjectFor("conflict", testInfo.project.name);
      const figure = await createFigure(page.request, baseURL!, subject, "271.25");
      created.push(figure);
      await page.goto(`/admin/figures/${figure.id}`);
      await expect(page.getByRole("textbox", { name: "Value" })).toHaveValue("271.25");

      // Another editor, in another browser, saves first.
      const other = await browser.newContext({ baseURL });
      try {
        const otherPage = await other.newPage();
        const otherErrors = watchConsole(otherPage);
        await signInThroughApi(otherPage.request, baseURL!, testInfo.project.name);
        await otherPage.goto(`/admin/figures/${figure.id}`);
        await otherPage.getByRole("textbox", { name: "Value" }).fill("400.5");
        await otherPage.getByRole("button", { name: "Save changes" }).click();
        await expect(otherPage.getByRole("status").filter({ hasText: /^✓ Saved\.$/ })).toBeVisible();
        expect(otherErrors).toEqual([]);
      } finally {
        await other.close();
      }

      await page.getByRole("textbox", { name: "Value" }).fill("350.25");
      await page.getByRole("button", { name: "Save changes" }).click();
      const conflict = page.getByRole("region", { name: "Another editor saved this figure while you were editing" });
      await expect(conflict).toBeVisible();
      await expect(page.getByRole("heading", { name: "Another editor saved this figure while you were editing" })).toBeFocused();
      const valueRow = conflict.getByRole("row", { name: /^Value/ });
      await expect(valueRow).toContainText("differs");
      await expect(valueRow.getByRole("cell").nth(0)).toHaveText("400.5");
      await expect(valueRow.getByRole("cell").nth(1)).toHaveText("350.25");
      await expect(conflict.getByRole("row", { name: /^Subject/ })).not.toContainText("differs");
      await expectNoSeriousViolations(page);

      await conflict.getByRole("button", { name: "Apply mine on top" }).click();
      await expect(page.getByRole("status").filter({ hasText: /^✓ Saved\.$/ })).toBeVisible();
      await expect(conflict).toBeHidden();
      await expect(page.getByText(/^Version 3, saved/)).toBeVisible();

      await page.reload();
      await expect(page.getByRole("textbox", { name: "Value" })).toHaveValue("350.25");
      await expect(await publicRow(page, subject)).toContainText(`350.25 ${metric.unit}`);
    });

    test("'Discard mine' loads the other editor's values and version into the form", async ({ page, baseURL }, testInfo) => {
      await signInThroughApi(page.request, baseURL!, testInfo.project.name);
      const subject = subjectFor("discard", testInfo.project.name);
      const figure = await createFigure(page.request, baseURL!, subject, "271.25");
      created.push(figure);
      await page.goto(`/admin/figures/${figure.id}`);
      const theirs = await page.request.put(`/api/admin/figures/${figure.id}`, {
        data: { record: figureInput(subject, "400.5", "Their note."), version: figure.version },
        headers: { origin: baseURL! },
      });
      expect(theirs.status()).toBe(200);

      await page.getByRole("textbox", { name: "Value" }).fill("350.25");
      await page.getByRole("button", { name: "Save changes" }).click();
      const conflict = page.getByRole("region", { name: "Another editor saved this figure while you were editing" });
      await conflict.getByRole("button", { name: "Discard mine" }).click();
      await expect(conflict).toBeHidden();
      await expect(page.getByRole("textbox", { name: "Value" })).toHaveValue("400.5");
      await expect(page.getByRole("textbox", { name: "Note (optional)" })).toHaveValue("Their note.");
      await expect(page.getByText(/^Version 2\b/)).toBeVisible();

      // The form now stands on their version: the next save goes through.
      await page.getByRole("textbox", { name: "Value" }).fill("401");
      await page.getByRole("button", { name: "Save changes" }).click();
      await expect(page.getByRole("status").filter({ hasText: /^✓ Saved\.$/ })).toBeVisible();
      await expect(page.getByText(/^Version 3, saved/)).toBeVisible();
    });
  });
});

test.describe("signed out", () => {
  test.use({ allowedApiStatuses: [401] });

  test("a wrong password shows the message and starts no session", async ({ page, context }, testInfo) => {
    await page.goto("/admin/sign-in");
    await page.getByLabel("Email").fill(credentials(testInfo.project.name).email);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("That email and password do not match an editor account.").first()).toBeVisible();
    await expect(page).toHaveURL(/\/admin\/sign-in$/);
    expect((await context.cookies()).map((cookie) => cookie.name)).not.toContain("cw_session");
    await page.goto("/admin/figures");
    await expect(page).toHaveURL(/\/admin\/sign-in$/);
  });

  test("the admin pages send a visitor to sign in, and back afterwards; signing out ends the session", async ({ page }, testInfo) => {
    await page.goto("/admin/figures");
    await expect(page).toHaveURL(/\/admin\/sign-in$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in to edit figures");

    await page.goto("/admin/figures/new");
    await expect(page).toHaveURL(/\/admin\/sign-in\?next=%2Fadmin%2Ffigures%2Fnew$/);
    await signInThroughForm(page, testInfo.project.name);
    await expect(page).toHaveURL(/\/admin\/figures\/new$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("New figure");

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/admin\/sign-in$/);
    await page.goto("/admin/figures");
    await expect(page).toHaveURL(/\/admin\/sign-in$/);
    const response = await page.request.get("/api/admin/figures");
    expect(response.status()).toBe(401);
  });

  test("a link to another site in ?next= is not followed", async ({ page }, testInfo) => {
    await page.goto("/admin/sign-in?next=https%3A%2F%2Fevil.example%2Fadmin");
    await signInThroughForm(page, testInfo.project.name);
    await expect(page).toHaveURL(/\/admin\/figures$/);
  });
});

test("the sign-in page, the list, the form and the history have no serious accessibility violations", async ({
  page,
  baseURL,
}, testInfo) => {
  // Five pages, each checked by axe and some twice: 26–33 s on a loaded 2-core machine, past the default 30 s.
  test.setTimeout(90_000);
  await page.goto("/admin/sign-in");
  await expectNoSeriousViolations(page);

  await signInThroughApi(page.request, baseURL!, testInfo.project.name);
  await page.goto("/admin/figures");
  await expect(page.getByRole("status").filter({ hasText: /^Figures 1–/ })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Updated" })).toHaveAttribute("aria-sort", "descending");
  await expectNoSeriousViolations(page);

  // Sorting is announced on the column header and kept in the address.
  await page.getByRole("button", { name: "Value" }).click();
  await expect(page).toHaveURL(/sort=value/);
  await expect(page.getByRole("columnheader", { name: "Value" })).toHaveAttribute("aria-sort", "descending");

  await page.goto("/admin/figures/new");
  await expectNoSeriousViolations(page);
  await page.getByRole("button", { name: "Create figure" }).click();
  await expect(page.getByRole("heading", { name: /things need attention/ })).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Metric" })).toBeFocused();
  await expectNoSeriousViolations(page);

  const subject = subjectFor("accessibility", testInfo.project.name);
  const figure = await createFigure(page.request, baseURL!, subject, "12.5");
  created.push(figure);
  await page.goto(`/admin/figures/${figure.id}`);
  await expectNoSeriousViolations(page);
  await page.goto(`/admin/figures/${figure.id}/history`);
  await expectNoSeriousViolations(page);
});
