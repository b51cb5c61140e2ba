import { request as playwrightRequest } from "@playwright/test";
import Papa from "papaparse";
import { signInThroughApi } from "./admin-session";
import { expectNoSeriousViolations } from "./axe";
import { expect, test } from "./fixtures";
import { testFigureInput } from "./test-figures";

// Cite, follow and reuse (issue 15): each chart and each metric or route page has a Cite block whose permalink fixes
// the moment the page showed, in plain text and BibTeX, without scripts too; each chart says when an editor last
// changed its figures, and the figures CSV says it per figure.

const permalinkPattern = /https?:\/\/\S+\?asOf=[^,\s]+/;

test.describe("Cite blocks", () => {
  test("a metric page's citation names the page, its permalink, the day and the sources, and the permalink shows that moment", async ({
    page,
  }) => {
    await page.goto("/metrics/transit_time");
    await page.getByText("Cite this page", { exact: true }).click();
    const text = await page.getByRole("textbox", { name: "Plain text" }).first().inputValue();
    expect(text).toMatch(/^“Transit time”, Corridor Watch, /);
    expect(text).toMatch(/, accessed \d{1,2} [A-Z][a-z]+ \d{4}\. Figures are those of their named sources \(.+\); cite them first\.$/);
    const bibtex = await page.getByRole("textbox", { name: "BibTeX" }).first().inputValue();
    expect(bibtex).toMatch(/^@misc\{corridorwatch-metrics-transit_time-\d{4}-\d{2}-\d{2},\n/);
    for (const field of ["title", "howpublished", "url", "note", "urldate", "year"]) expect(bibtex).toMatch(new RegExp(`\\n  ${field} +=`));
    await expectNoSeriousViolations(page);

    // The permalink is this page at the moment it was rendered: followed, it shows the page as of then.
    const permalink = new URL(permalinkPattern.exec(text)![0]);
    const moment = permalink.searchParams.get("asOf")!;
    expect(new Date(moment).toISOString()).toBe(moment);
    await page.goto(`${permalink.pathname}${permalink.search}`);
    await expect(page.getByRole("note").filter({ hasText: "As of" })).toContainText(moment.slice(11, 19));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Transit time");
  });

  test("each chart has its own, naming the chart's sources, and a line saying when an editor last changed it", async ({ page }) => {
    await page.goto("/routes/instc-west");
    // The first chart with figures (the map, also a figure, draws none and has no Cite block of its own).
    const chart = page.getByRole("figure").filter({ hasText: "Cite this chart" }).first();
    await expect(chart).toContainText(
      /Last changed by an editor on \d{1,2} [A-Z][a-z]+ \d{4}\.|No editor has changed these figures since they were loaded\./,
    );
    await chart.getByText("Cite this chart", { exact: true }).click();
    const text = await chart.getByRole("textbox", { name: "Plain text" }).inputValue();
    const title = await chart.getByRole("heading").first().textContent();
    expect(text.startsWith(`“${title}”, Corridor Watch, `)).toBe(true);
    expect(new URL(permalinkPattern.exec(text)![0]).pathname).toBe("/routes/instc-west");
    await expectNoSeriousViolations(page);
  });

  test("the copy button puts the citation on the clipboard", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto("/metrics/transit_time");
    await page.getByText("Cite this page", { exact: true }).click();
    await page.getByRole("button", { name: "Copy BibTeX" }).first().click();
    await expect(page.getByRole("status").filter({ hasText: "Copied." }).first()).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await page.getByRole("textbox", { name: "BibTeX" }).first().inputValue());
  });
});

test.describe("without scripts", () => {
  test.use({ javaScriptEnabled: false });

  test("the citation is in the page and opens as a plain disclosure; no copy button is offered", async ({ page }) => {
    await page.goto("/routes/instc-west");
    await page.getByText("Cite this page", { exact: true }).click();
    await expect(page.getByRole("textbox", { name: "Plain text" }).first()).toHaveValue(/^“.+”, Corridor Watch, https?:\/\/\S+\?asOf=/);
    await expect(page.getByRole("button", { name: "Copy plain text" })).toHaveCount(0);
  });
});

test("the figures CSV says when an editor last changed a figure, and leaves seeded figures blank", async ({ baseURL }, testInfo) => {
  const request = await playwrightRequest.newContext({ baseURL });
  const subject = `E2E cite last edited (${testInfo.project.name} ${Date.now().toString(36)})`;
  try {
    await signInThroughApi(request, baseURL!, testInfo.project.name);
    const response = await request.post("/api/admin/figures", {
      data: { record: testFigureInput("rasht_astara_land_budget", subject, "12") },
      headers: { origin: baseURL! },
    });
    expect(response.status(), await response.text()).toBe(201);
    const figure = ((await response.json()) as { record: { id: number; version: number } }).record;
    try {
      const csv = await (await request.get(`/api/csv/figures?metric=rasht_astara_land_budget`)).text();
      const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
      expect(rows.find((row) => row.id === String(figure.id))?.last_edited_at).toMatch(
        new RegExp(`^${new Date().toISOString().slice(0, 10)}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$`),
      );
      // Seeded figures were loaded, not edited: a metric no test edits has every cell blank.
      const seededCsv = await (await request.get(`/api/csv/figures?metric=transit_time`)).text();
      const seeded = Papa.parse<Record<string, string>>(seededCsv, { header: true, skipEmptyLines: true }).data;
      expect(seeded.length).toBeGreaterThan(0);
      expect(seeded.map((row) => row.last_edited_at)).toEqual(seeded.map(() => ""));
      expect(rows.every((row) => !("updated_at" in row))).toBe(true);
    } finally {
      const deleted = await request.delete(`/api/admin/figures/${figure.id}`, {
        data: { version: figure.version },
        headers: { origin: baseURL! },
      });
      expect(deleted.status()).toBe(200);
    }
  } finally {
    await request.dispose();
  }
});
