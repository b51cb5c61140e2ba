import type { Locator, Page } from "@playwright/test";
import Papa from "papaparse";
import { expect, test } from "./fixtures";

// Trend charts as a reader sets them: an axis that spans negative values, with the points below a zero line; the
// controls for years, values or index, linear or log and the sources shown, kept in the address through a reload,
// and the chart's CSV following the same view. Read-only on the seed data.

/** The chart frame whose title says `title`. */
function chartTitled(page: Page, title: RegExp): Locator {
  return page.getByRole("figure").filter({ has: page.getByRole("heading", { name: title }) });
}

async function centreY(locator: Locator): Promise<number> {
  const box = await locator.boundingBox();
  expect(box, "element has a box").not.toBeNull();
  return box!.y + box!.height / 2;
}

test("a chart of negative values spans them, with each point below its zero line (/routes/suez)", async ({ page }) => {
  await page.goto("/routes/suez");
  const chart = chartTitled(page, /^Suez Canal trade volume change/);
  // Charts draw as they come near the screen.
  await chart.scrollIntoViewIfNeeded();
  const points = chart.locator("g.cw-point");
  await expect(points).toHaveCount(2);
  expect(await points.evaluateAll((nodes) => nodes.map((node) => node.getAttribute("data-value")).sort())).toEqual(["-43", "-50"]);
  const zeroLine = chart.locator(".cw-zero-line line, line.cw-zero-line").first();
  await expect(zeroLine).toBeAttached();
  const zero = await centreY(zeroLine);
  for (const point of await points.all()) expect(await centreY(point), "a negative value sits below zero").toBeGreaterThan(zero + 20);
  // The axis is labelled below zero, down past the lowest value.
  const ticks = await chart.locator(".recharts-cartesian-axis-tick-value").allTextContents();
  expect(ticks).toContain("0");
  expect(ticks.some((tick) => /^−[5-9]\d$/.test(tick.trim()))).toBe(true);
  // A change in percent is not indexed, and values below zero have no log scale: both controls say why.
  await expect(chart.getByRole("radio", { name: "Log" })).toBeDisabled();
  await expect(chart.getByText("A log scale cannot place values at or below zero (the lowest shown is −50).")).toBeVisible();
  await expect(chart.getByRole("radio", { name: "Index (first period = 100)" })).toBeDisabled();
});

test("a trend chart's years, index, scale and sources are in the address, survive a reload, and its CSV follows them", async ({ page }) => {
  const slug = "russia_iran_trade_turnover";
  await page.goto(`/metrics/${slug}`);
  const chart = chartTitled(page, /Russia–Iran trade/).first();
  await chart.scrollIntoViewIfNeeded();
  const controls = chart.getByRole("form", { name: "Chart view" });
  await expect(controls).toBeVisible();
  const csvLink = chart.getByRole("link", { name: /^Download CSV/ });
  await expect(csvLink).toHaveAttribute("href", `/api/csv/figures?metric=${slug}`);

  await controls.getByLabel("From").selectOption("2021");
  await controls.getByRole("radio", { name: "Index (first period = 100)" }).check();
  // Two sources disagree on 2021, so the full years cannot be indexed yet: the chart says so.
  await expect(controls.getByText("Left out of the index: Full year: its sources disagree on its first period (2021)")).toBeVisible();
  await controls.getByText(/^Sources shown:/).click();
  await controls.getByRole("checkbox", { name: "IFP News" }).uncheck();
  await expect(controls.getByText("Left out of the index: Full year")).toHaveCount(0);
  await controls.getByRole("radio", { name: "Log" }).check();

  const expected = `${slug}.since=2021&${slug}.mode=indexed&${slug}.scale=log&${slug}.hide=IFP+News`;
  await expect(page).toHaveURL(new RegExp(`\\?${expected.replace(/[.+]/g, "\\$&")}$`));
  await expect(chart.getByText("Index, first period shown = 100 (from USD bn), log scale")).toBeVisible();
  const csvHref = `/api/csv/trend/${slug}?since=2021&mode=indexed&scale=log&hide=IFP+News`;
  await expect(csvLink).toHaveAttribute("href", csvHref);

  await page.reload();
  await chartTitled(page, /Russia–Iran trade/)
    .first()
    .scrollIntoViewIfNeeded();
  const reloaded = chartTitled(page, /Russia–Iran trade/)
    .first()
    .getByRole("form", { name: "Chart view" });
  await expect(reloaded.getByLabel("From")).toHaveValue("2021");
  await expect(reloaded.getByRole("radio", { name: "Index (first period = 100)" })).toBeChecked();
  await expect(reloaded.getByRole("radio", { name: "Log" })).toBeChecked();
  await expect(reloaded.getByRole("checkbox", { name: "IFP News", includeHidden: true })).not.toBeChecked();
  await expect(
    chartTitled(page, /Russia–Iran trade/)
      .first()
      .getByRole("link", { name: /^Download CSV/ }),
  ).toHaveAttribute("href", csvHref);

  // The CSV holds the points drawn: from 2021, without the hidden source, each kind of period at 100 first.
  const response = await page.request.get(csvHref);
  expect(response.status()).toBe(200);
  const rows = Papa.parse<Record<string, string>>(await response.text(), { header: true, skipEmptyLines: true }).data;
  expect(rows.length).toBeGreaterThan(3);
  for (const row of rows) {
    expect(row.period_end! >= "2021-01-01", `${row.period_label} is from 2021 on`).toBe(true);
    expect(row.source_publisher).not.toBe("IFP News");
    expect(row.index).toMatch(/^\d+\.\d$/);
  }
  const fullYears = rows.filter((row) => row.series === "Full year");
  expect(fullYears[0]).toMatchObject({ period_label: "2021", value: "4", index: "100.0", index_base_period: "2021" });
  expect(fullYears.find((row) => row.period_label === "2024")).toMatchObject({ value: "4.8", index: "120.0" });

  // Resetting gives the plain address and the plain CSV back.
  await reloaded.getByRole("button", { name: "Reset the view" }).click();
  await expect(page).toHaveURL(new RegExp(`/metrics/${slug}$`));
  await expect(
    chartTitled(page, /Russia–Iran trade/)
      .first()
      .getByRole("link", { name: /^Download CSV/ }),
  ).toHaveAttribute("href", `/api/csv/figures?metric=${slug}`);
});

test("a bad view in the address is named in the reader's words, on the chart and by the CSV", async ({ page }) => {
  const slug = "russia_iran_trade_turnover";
  await page.goto(`/metrics/${slug}?${slug}.scale=cubic`);
  await chartTitled(page, /Russia–Iran trade/)
    .first()
    .scrollIntoViewIfNeeded();
  await expect(page.getByRole("alert").filter({ hasText: "“cubic” is not a scale: choose linear or log" })).toBeVisible();
  const response = await page.request.get(`/api/csv/trend/${slug}?scale=cubic&since=twenty`);
  expect(response.status()).toBe(400);
  expect(await response.json()).toEqual({
    code: "bad_request",
    message: "Invalid chart view",
    issues: ["The first year “twenty” is not a year: write it as 2019", "“cubic” is not a scale: choose linear or log"],
    fieldErrors: {},
  });
});

// A chart's view replaces the address (components/url-state/address.ts): it is a setting of the page, so Back
// leaves the page instead of undoing each control first.
test("changing a chart's view adds no step to the history: Back leaves the page", async ({ page }) => {
  const slug = "russia_iran_trade_turnover";
  await page.goto("/figures");
  await page.goto(`/metrics/${slug}`);
  const chart = chartTitled(page, /Russia–Iran trade/).first();
  await chart.scrollIntoViewIfNeeded();
  const controls = chart.getByRole("form", { name: "Chart view" });
  await controls.getByLabel("From").selectOption("2021");
  await expect(page).toHaveURL(new RegExp(`\\?${slug}\\.since=2021$`));
  await controls.getByRole("radio", { name: "Log" }).check();
  await expect(page).toHaveURL(new RegExp(`\\?${slug}\\.since=2021&${slug}\\.scale=log$`));
  await page.goBack();
  await expect(page).toHaveURL(/\/figures$/);
});
