import { readFile } from "node:fs/promises";
import { request as playwrightRequest, type Locator, type Page } from "@playwright/test";
import Papa from "papaparse";
import { signInThroughApi, signInThroughForm } from "./admin-session";
import { expect, test } from "./fixtures";

// The CSV downloads and the CSV import, end to end: a chart's and a table's "Download CSV" give exactly the rows
// the page shows; an editor imports a file in the export format (a dry run with a row error first, then a fixed
// file) and the public page shows the new figures; a malformed file gives one message and writes nothing.
// The imported figures go on a metric no other test counts and are deleted again after the test, pass or fail.

/** The export's columns, in order (README, "CSV downloads and import"; lib/csv/figure-csv.ts). */
const exportColumns = [
  "id",
  "metric",
  "route",
  "subject",
  "period_start",
  "period_end",
  "period_label",
  "value",
  "unit",
  "status",
  "source_publisher",
  "source_title",
  "source_url",
  "source_date",
  "note",
  "version",
  "last_edited_at",
  "quoted_speaker",
  "data_owner",
  "outcome",
] as const;
/**
 * Columns an import may leave out (files from before them): provenance is read from source_publisher instead; the
 * outcome and last_edited_at are computed.
 */
const optionalImportColumns: readonly string[] = ["quoted_speaker", "data_owner", "last_edited_at", "outcome"];
type CsvRow = Record<(typeof exportColumns)[number], string>;

const importMetric = { slug: "rasht_astara_land_budget", name: "Rasht–Astara land budget", unit: "USD m" };

/** Parses a CSV in the export format, checking the format itself: no BOM, the header row, CRLF line ends. */
function parseExport(text: string): CsvRow[] {
  expect(text.charCodeAt(0), "no byte-order mark").not.toBe(0xfeff);
  expect(text.slice(0, text.indexOf("\r\n")), "the header row, ended by CRLF").toBe(exportColumns.join(","));
  expect(text.endsWith("\r\n"), "the last row ends with CRLF").toBe(true);
  const parsed = Papa.parse<CsvRow>(text, { header: true, skipEmptyLines: true });
  expect(parsed.errors, "papaparse errors").toEqual([]);
  expect(parsed.meta.fields).toEqual([...exportColumns]);
  return parsed.data;
}

/** Clicks a "Download CSV" link as a visitor would and reads the file the browser saved. */
async function downloadCsv(page: Page, link: Locator): Promise<{ filename: string; rows: CsvRow[] }> {
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  expect(await download.failure(), "the download failed").toBeNull();
  const text = await readFile(await download.path(), "utf8");
  return { filename: download.suggestedFilename(), rows: parseExport(text) };
}

/** A text cell as the page shows it: the export puts an apostrophe before text that starts like a formula. */
function unguard(cell: string): string {
  return /^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

/** The body rows of a table as objects keyed by the column headers' text. */
async function readTable(table: Locator): Promise<Record<string, string>[]> {
  const headers = (await table.locator("thead th").allTextContents()).map((text) => text.trim());
  const rows = await table.locator("tbody tr").all();
  return Promise.all(
    rows.map(async (row) => {
      const cells = (await row.locator("th, td").allTextContents()).map((text) => text.trim());
      expect(cells, "one cell per column").toHaveLength(headers.length);
      return Object.fromEntries(headers.map((header, index) => [header, cells[index]!]));
    }),
  );
}

test.describe("CSV downloads", () => {
  test("the transit-time chart's CSV holds exactly the figures its bars and table show", async ({ page }) => {
    await page.goto("/");
    const frame = page.getByRole("figure").filter({ hasText: "Transit time, Russia to India, in days" });
    await expect(frame).toHaveCount(1);
    // Charts draw as they come near the screen.
    await frame.scrollIntoViewIfNeeded();
    // The bars carry their values as labels (drawn once the chart has measured its width).
    await expect(frame.locator("svg").getByText("24–25 days", { exact: true })).toBeVisible();
    await expect(frame.locator("svg").getByText("16–60 days", { exact: true })).toBeVisible();

    await frame.getByText("Show the numbers as a table").click();
    const table = frame.getByRole("table", { name: "Transit time, Russia to India, in days, by route" });
    await expect(table).toBeVisible();
    // Route slug → what the table shows for it (value text, or "No data" across the row).
    const shown = new Map<string, { value: string; period: string; source: string }>();
    for (const row of await table.locator("tbody tr").all()) {
      const href = await row.getByRole("rowheader").getByRole("link").getAttribute("href");
      const slug = /^\/routes\/([a-z0-9-]+)$/.exec(href ?? "")?.[1];
      expect(slug, `route link ${href}`).toBeTruthy();
      const cells = (await row.getByRole("cell").allTextContents()).map((text) => text.trim());
      shown.set(slug!, { value: cells[0]!, period: cells[2] ?? "", source: cells[3] ?? "" });
    }
    expect(shown.get("instc-caspian")?.value).toBe("24–25 days");
    expect(shown.get("suez")?.value).toBe("16–60 days");
    // The Middle Corridor's figures run China–Europe: named, not drawn beside Russia–India ones.
    expect(shown.get("middle-corridor")?.value).toMatch(/^Not comparable: its figures are for .*China–Europe.*, not Russia–India\.$/);

    const link = frame.getByRole("link", { name: "Download CSV" });
    await expect(link).toHaveAttribute("href", "/api/csv/comparison/transit_time");
    const { filename, rows } = await downloadCsv(page, link);
    expect(filename).toMatch(/^corridor-watch-comparison-measure-transit_time-\d{4}-\d{2}-\d{2}\.csv$/);

    // The rows behind the bars and nothing else: the 2022 pilot shipment's 24 and 25 days (two sources and a
    // forecast) on the Trans-Caspian route, and no figure between other ends than Russia and India.
    expect(
      rows
        .filter((row) => row.route === "instc-caspian")
        .map((row) => [row.value, row.source_publisher])
        .sort(),
    ).toEqual([
      ["24", "Meat Commerce (citing IRISL)"],
      ["25", "Cargo Breaking News"],
      ["25", "Induqin"],
    ]);
    expect(rows.filter((row) => row.route === "middle-corridor" || row.route === "cape-of-good-hope")).toEqual([]);
    for (const row of rows) {
      expect(row).toMatchObject({ metric: "transit_time", unit: "days" });
      expect(row.id).toMatch(/^\d+$/);
      expect(row.version).toMatch(/^\d+$/);
    }

    // Every route the table gives a value has its figures in the CSV, in the same range; "No data" routes have none.
    const csvRoutes = new Set(rows.map((row) => row.route));
    for (const [slug, { value, period, source }] of shown) {
      const values = rows.filter((row) => row.route === slug);
      if (value === "No data" || value.startsWith("Not comparable")) {
        expect(values, `${slug} shows No data`).toEqual([]);
        continue;
      }
      expect(csvRoutes.has(slug), `${slug} shows ${value}`).toBe(true);
      const numbers = values.map((row) => Number(row.value));
      const low = values.find((row) => Number(row.value) === Math.min(...numbers))!.value;
      const high = values.find((row) => Number(row.value) === Math.max(...numbers))!.value;
      expect(value).toBe(low === high ? `${low} days` : `${low}–${high} days`);
      for (const row of values) {
        expect(source).toContain(`${row.source_publisher}, ${row.source_title}`);
        if (row.period_label) expect(period).toContain(row.period_label);
      }
    }
    expect(
      [...csvRoutes].every((slug) => shown.has(slug)),
      "every CSV route is a row of the table",
    ).toBe(true);
  });

  test("a metric's figures table and its CSV hold the same rows", async ({ page }) => {
    await page.goto("/metrics/russia_iran_trade_turnover");
    const region = page.getByRole("region", { name: "23 figures: Russia–Iran trade turnover (USD bn)" });
    const table = region.getByRole("table");
    await expect(table.locator("tbody tr")).toHaveCount(23);
    const shown = await readTable(table);

    const link = page.getByRole("link", { name: "Download CSV of the 23 figures of Russia–Iran trade turnover" });
    await expect(link).toHaveAttribute("href", "/api/csv/figures?metric=russia_iran_trade_turnover");
    const { filename, rows } = await downloadCsv(page, link);
    expect(filename).toMatch(/^corridor-watch-figures-metric-russia_iran_trade_turnover-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(rows).toHaveLength(shown.length);

    // Each row of the table is exactly one row of the CSV (values here have no thousands to group).
    const unmatched = [...rows];
    for (const cells of shown) {
      const index = unmatched.findIndex(
        (row) =>
          `${row.value} ${row.unit}` === cells["Value"] &&
          row.unit === cells["Unit"] &&
          row.subject === cells["Subject"] &&
          row.period_label === cells["Period"] &&
          row.status === cells["Status"] &&
          `${row.source_publisher}, ${row.source_title}` === cells["Source"] &&
          unguard(row.note) === cells["Note"],
      );
      expect(index, `table row ${JSON.stringify(cells)} in the CSV`).toBeGreaterThanOrEqual(0);
      unmatched.splice(index, 1);
    }
    expect(unmatched, "CSV rows the table does not show").toEqual([]);

    expect(rows.map((row) => [row.value, row.source_publisher])).toEqual(
      expect.arrayContaining([
        ["2.22", "RT (EEC data)"],
        ["4.03", "IFP News"],
        ["4.6", "UrduPoint (quoting Vyacheslav Volodin)"],
        ["4.9", "bne IntelliNews"],
        ["4.0", "bne IntelliNews"],
        ["3.3", "TASS (quoting Alexei Overchuk)"],
      ]),
    );
    for (const row of rows) expect(row).toMatchObject({ metric: "russia_iran_trade_turnover", route: "", unit: "USD bn" });
    // Values are written as stored (4.0 stays 4.0); a note starting with "+" is guarded for spreadsheets.
    const note2021 = rows.find((row) => row.value === "4.03")!.note;
    expect(note2021).toBe("'+81.7% on 2020");
    expect(shown.find((cells) => cells["Value"] === "4.03 USD bn")?.["Note"]).toBe("+81.7% on 2020");
  });
});

test.describe("CSV import", () => {
  // The subject of the figures the import test creates: after each test, any live figure with it is deleted.
  let importSubject: string | null = null;

  test.afterEach(async ({ baseURL }, testInfo) => {
    if (importSubject === null) return;
    const subject = importSubject;
    importSubject = null;
    const request = await playwrightRequest.newContext({ baseURL });
    try {
      await signInThroughApi(request, baseURL!, testInfo.project.name);
      const query = `metric=${importMetric.slug}&q=${encodeURIComponent(subject)}&pageSize=100`;
      const list = await request.get(`/api/admin/figures?${query}`);
      expect(list.status()).toBe(200);
      for (const figure of ((await list.json()) as { rows: { id: number; version: number; subject: string }[] }).rows) {
        if (figure.subject !== subject) continue;
        const response = await request.delete(`/api/admin/figures/${figure.id}`, {
          data: { version: figure.version },
          headers: { origin: baseURL! },
        });
        expect(response.status(), `deleting imported figure ${figure.id}: ${await response.text()}`).toBe(200);
      }
      const after = await request.get(`/api/admin/figures?${query}`);
      expect(((await after.json()) as { total: number }).total, "imported figures left live").toBe(0);
    } finally {
      await request.dispose();
    }
  });

  /** A file in the export format: the header of the template, then the rows (quoted where needed, CRLF). */
  function csvFile(header: string, rows: Partial<CsvRow>[], name: string) {
    const body = Papa.unparse(
      rows.map((row) => exportColumns.map((column) => row[column] ?? "")),
      { newline: "\r\n" },
    );
    return { name, mimeType: "text/csv", buffer: Buffer.from(`${header}\r\n${body}\r\n`, "utf8") };
  }

  /** The import form's status line (a <p>; the sign-out button in the admin bar has a status of its own). */
  function importStatus(page: Page): Locator {
    return page.getByRole("main").getByRole("status").and(page.locator("p"));
  }

  function summaryCount(page: Page, label: string): Locator {
    return page
      .getByRole("region", { name: "What the import does" })
      .locator("dl > div")
      .filter({ has: page.locator(`dt:text-is("${label}")`) })
      .locator("dd");
  }

  test("an editor's dry run lists a bad value by line and column; the fixed file imports and the public page shows it", async ({
    page,
  }, testInfo) => {
    const subject = `Import e2e ${testInfo.project.name} ${Date.now().toString(36)}`;
    importSubject = subject;

    await page.goto("/admin/import");
    await expect(page).toHaveURL(/\/admin\/sign-in\?next=%2Fadmin%2Fimport$/);
    await signInThroughForm(page, testInfo.project.name);
    await expect(page).toHaveURL(/\/admin\/import$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Import figures from a CSV file");

    // The file starts from the template the page links to: the export's header row.
    await expect(page.getByRole("link", { name: "download the template" })).toHaveAttribute("href", "/api/csv/figures/template");
    const template = await page.request.get("/api/csv/figures/template");
    expect(template.status()).toBe(200);
    const header = (await template.text()).replace(/\r\n$/, "");
    expect(header).toBe(exportColumns.join(","));

    const common = {
      metric: importMetric.slug,
      subject,
      unit: importMetric.unit,
      status: "plan",
      source_publisher: "Corridor Watch end-to-end tests",
      source_title: "A CSV made up by the tests",
      source_date: "2026",
    };
    const dated = {
      ...common,
      period_start: "2025-01-01",
      period_end: "2025-12-31",
      period_label: "2025",
      value: "12.5",
      note: "'+5% on the 2024 plan",
    };
    const withError = csvFile(header, [dated, { ...common, value: "1,5" }], "import-with-error.csv");
    expect(withError.buffer.toString("utf8"), "the comma is quoted, so the file stays well-formed").toContain(',"1,5",');

    const fileInput = page.getByLabel("CSV file (UTF-8, up to 50 MB or 200,000 rows)");
    const dryRun = page.getByRole("button", { name: "Check file (dry run)" });
    const apply = page.getByRole("button", { name: "Apply import" });
    const status = importStatus(page);
    await expect(apply).toBeDisabled();

    await fileInput.setInputFiles(withError);
    await dryRun.click();
    await expect(status).toHaveText("The file has 1 error; fix them and check again.");
    await expect(summaryCount(page, "Rows")).toHaveText("2");
    await expect(summaryCount(page, "New")).toHaveText("1");
    await expect(summaryCount(page, "Errors")).toHaveText("1");
    await expect(page.getByRole("heading", { name: "Errors", level: 2 })).toBeVisible();
    const errors = page.getByRole("region", { name: "Row errors" }).getByRole("table");
    expect(await readTable(errors)).toEqual([
      {
        Line: "3",
        Column: "value",
        Problem: "Value must be a plain number such as 4.03 or -50: a point for decimals, no thousands separators, no unit",
      },
    ]);
    await expect(apply).toBeDisabled();
    // A dry run writes nothing.
    const none = await page.request.get(`/api/admin/figures?metric=${importMetric.slug}&q=${encodeURIComponent(subject)}&deleted=include`);
    expect(((await none.json()) as { total: number }).total).toBe(0);

    // The fixed file: a new choice clears the old report; its dry run finds two new figures and no error.
    await fileInput.setInputFiles(csvFile(header, [dated, { ...common, value: "1.5" }], "import-fixed.csv"));
    await expect(page.getByRole("region", { name: "What the import does" })).toHaveCount(0);
    await expect(apply).toBeDisabled();
    await dryRun.click();
    await expect(status).toHaveText("The file is ready to import.");
    for (const [label, count] of [
      ["Rows", "2"],
      ["New", "2"],
      ["Updated", "0"],
      ["Unchanged", "0"],
      ["Conflicts", "0"],
      ["Errors", "0"],
    ] as const) {
      await expect(summaryCount(page, label), label).toHaveText(count);
    }
    await expect(page.getByRole("region", { name: "Row errors" })).toHaveCount(0);
    await expect(apply).toBeEnabled();
    await apply.click();
    await expect(status).toHaveText("Imported: 2 created, 0 updated.");
    await expect(apply).toBeDisabled();

    // The public metric page shows both, the guard apostrophe removed from the note.
    await page.goto(`/metrics/${importMetric.slug}`);
    const figures = page.getByRole("region", { name: new RegExp(`^\\d+ figures: ${importMetric.name} \\(USD m\\)$`) });
    const imported = figures.getByRole("row").filter({ hasText: subject });
    await expect(imported).toHaveCount(2);
    const datedRow = imported.filter({ hasText: `12.5 ${importMetric.unit}` });
    await expect(datedRow).toContainText("2025");
    await expect(datedRow.getByRole("cell").last()).toHaveText("+5% on the 2024 plan");
    await expect(datedRow).toContainText("plan");
    await expect(datedRow).toContainText("Corridor Watch end-to-end tests, A CSV made up by the tests");
    await expect(imported.filter({ hasText: `1.5 ${importMetric.unit}` })).toContainText("no period given");

    // And the export gives them back as they were imported (the note guarded again).
    const exported = await page.request.get(`/api/csv/figures?metric=${importMetric.slug}`);
    const back = parseExport(await exported.text()).filter((row) => row.subject === subject);
    expect(back.map((row) => [row.value, row.period_label, row.note, row.version]).sort()).toEqual([
      ["1.5", "", "", "1"],
      ["12.5", "2025", "'+5% on the 2024 plan", "1"],
    ]);
  });

  test.describe("with a malformed file", () => {
    test.use({ allowedApiStatuses: [422] });

    test("a wrong header gives one clear message and writes nothing", async ({ page, baseURL }, testInfo) => {
      await signInThroughApi(page.request, baseURL!, testInfo.project.name);
      const figuresBefore = ((await (await page.request.get("/api/health")).json()) as { figures: number }).figures;

      await page.goto("/admin/import");
      const file = { name: "not-an-export.csv", mimeType: "text/csv", buffer: Buffer.from("id,metric,value\n1,x,2\n", "utf8") };
      await page.getByLabel("CSV file (UTF-8, up to 50 MB or 200,000 rows)").setInputFiles(file);
      await page.getByRole("button", { name: "Check file (dry run)" }).click();

      const missing = exportColumns.filter((column) => !["id", "metric", "value", ...optionalImportColumns].includes(column));
      const message = `The header row is not the export's (missing ${missing.join(", ")}). Download the template to see the columns.`;
      await expect(importStatus(page)).toHaveText(message);
      await expect(page.getByRole("region", { name: "What the import does" })).toHaveCount(0);
      await expect(page.getByRole("region", { name: "Row errors" })).toHaveCount(0);
      await expect(page.getByRole("button", { name: "Apply import" })).toBeDisabled();

      // Applying the same file directly is refused with the same message, and the figure count has not moved.
      const applied = await page.request.post("/api/admin/import?mode=apply", {
        data: file.buffer,
        headers: { "content-type": "text/csv", origin: baseURL! },
      });
      expect(applied.status()).toBe(422);
      expect(((await applied.json()) as { message: string }).message).toBe(message);
      const figuresAfter = ((await (await page.request.get("/api/health")).json()) as { figures: number }).figures;
      expect(figuresAfter).toBe(figuresBefore);
    });
  });
});
