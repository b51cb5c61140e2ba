import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

// The dashboard pages on the seed data, read-only: routes, metrics, sources and the figure explorer, their 404s,
// bad filters, accessibility and a phone-sized viewport. Runs against both the embedded and the PostgreSQL server.

const routeNames = [
  "INSTC western route",
  "INSTC Trans-Caspian route",
  "INSTC eastern route",
  "Suez Canal sea route",
  "Middle Corridor",
  "Cape of Good Hope sea route",
  "Chennai–Vladivostok Eastern Maritime Corridor",
];
const squeeze = (text: string) => text.replace(/\s+/g, "");

/** The route and metric 404s are expected to log the failed document load; nothing else may be logged. */
function acceptOnly404(consoleErrors: string[]) {
  expect(consoleErrors.every((message) => message.includes("404"))).toBe(true);
  consoleErrors.length = 0;
}

/** Every request the page makes to the figures API, to prove what is (and is not) fetched on the client. */
function recordApiCalls(page: Page): string[] {
  const calls: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.pathname === "/api/figures") calls.push(url.search);
  });
  return calls;
}

test("the overview's comparison chart draws an SVG that names every route", async ({ page }) => {
  await page.goto("/");
  // Charts draw as they come near the screen.
  await page.getByRole("heading", { name: "How the INSTC compares" }).scrollIntoViewIfNeeded();
  // The route map (its own spec) is a figure too.
  const chart = page
    .getByRole("figure")
    .filter({ has: page.locator("svg text"), hasNot: page.locator("svg.cw-map") })
    .first();
  await expect(chart.locator("svg").first()).toBeVisible();
  // Names may be wrapped over several lines (tspans), so whitespace is ignored; the legend may carry them too.
  await expect
    .poll(
      async () => {
        const svgText = await chart.locator("svg").evaluateAll((svgs) => svgs.map((svg) => svg.textContent ?? "").join(" "));
        const legend = await chart.getByRole("list", { name: "Legend" }).allTextContents();
        const text = squeeze([svgText, ...legend].join(" "));
        return routeNames.filter((name) => !text.includes(squeeze(name)));
      },
      { message: "route names missing from the chart" },
    )
    .toEqual([]);
});

test("a route page shows its kind, measures, every figure with its source link, and its events", async ({ page }) => {
  await page.goto("/routes/instc-west");
  await expect(page).toHaveTitle(/INSTC western route/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("INSTC western route");
  await expect(page.getByText("INSTC branch", { exact: true })).toBeVisible();

  const measures = page.getByRole("list", { name: "This route on each comparison measure" });
  await expect(measures.getByRole("listitem").filter({ hasText: "Transit time" })).toContainText("19–32 days");
  await expect(measures.getByRole("listitem").filter({ hasText: "Cargo carried" })).toContainText("6.7 Mt");

  const figures = page.getByRole("region", { name: "38 figures for the INSTC western route" });
  await expect(figures.getByRole("row")).toHaveCount(39);
  const tassRow = figures.getByRole("row").filter({ hasText: "170 km" });
  await expect(tassRow.getByRole("link", { name: "tass.com/economy/1618779" })).toHaveAttribute("href", "https://tass.com/economy/1618779");
  await expect(figures.getByRole("row").filter({ hasText: "814,000 t" })).toContainText("Caliber.az (ADY data)");
  await expect(page.getByRole("link", { name: "Download CSV of the 38 figures for the INSTC western route" })).toHaveAttribute(
    "href",
    "/api/csv/figures?route=instc-west",
  );

  const events = page.getByRole("region", { name: "Events" });
  await expect(events.getByText("Russia and Iran sign the Rasht–Astara railway agreement in Tehran").first()).toBeVisible();
  await expect(events.getByText("Rasht–Astara railway expected completion").first()).toBeVisible();
  await expect(page.getByRole("link", { name: "Download CSV of the events of the INSTC western route" })).toHaveAttribute(
    "href",
    "/api/csv/events?route=instc-west",
  );
});

test("a measure without a figure says No data, and figures between other ends say Not comparable, never zero", async ({ page }) => {
  await page.goto("/routes/cape-of-good-hope");
  const measures = page.getByRole("list", { name: "This route on each comparison measure" });
  await expect(measures.getByRole("listitem")).toHaveCount(4);
  // Its only transit time is Shanghai–Rotterdam: a true figure, but not a Russia–India one.
  const transit = measures.getByRole("listitem").filter({ hasText: "Transit time" });
  await expect(transit.getByText("Not comparable", { exact: true })).toBeVisible();
  await expect(transit).toContainText("its figures are for Shanghai–Rotterdam, not Russia–India");
  await expect(measures.getByText("No data", { exact: true })).toHaveCount(3);
  await expect(measures).not.toContainText(/\b0 (km|days|Mt)\b/);
});

test("the turnover metric page shows both 2022 values with their sources and says they disagree", async ({ page }) => {
  await page.goto("/metrics/russia_iran_trade_turnover");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Russia–Iran trade turnover");

  const note = page.getByRole("complementary", { name: "Sources disagree" });
  await expect(note).toContainText(
    "For 2022, UrduPoint (quoting Vyacheslav Volodin) gives 4.6 USD bn, bne IntelliNews gives 4.9 USD bn and Prime gives 5 USD bn.",
  );

  const table = page.getByRole("region", { name: /^23 figures: Russia–Iran trade turnover/ });
  const rows2022 = table.getByRole("row").filter({ has: page.getByRole("cell", { name: "2022", exact: true }) });
  await expect(rows2022).toHaveCount(3);
  await expect(rows2022.filter({ hasText: "4.6 USD bn" })).toContainText("UrduPoint (quoting Vyacheslav Volodin)");
  await expect(rows2022.filter({ hasText: "4.9 USD bn" })).toContainText("bne IntelliNews");
  await expect(rows2022.filter({ hasText: "5 USD bn" })).toContainText("Prime");
  await expect(page.getByRole("link", { name: /^Download CSV of the 23 figures/ })).toHaveAttribute(
    "href",
    "/api/csv/figures?metric=russia_iran_trade_turnover",
  );
});

test("/metrics groups the metrics by category, each with its latest figure, period, status and source", async ({ page }) => {
  await page.goto("/metrics");
  for (const heading of ["Trade", "Cargo and transit", "Shipping and ports", "Infrastructure", "Route comparison"]) {
    await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
  }
  const land = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { level: 3, name: "Rasht–Astara land acquired", exact: true }) });
  await expect(land).toContainText("Latest: 95 km, Rasht–Astara railway, late 2025");
  await expect(land).toContainText("reported");
  await expect(land).toContainText("Source: Report.az");
});

test("a metric page counts independent origins: three outlets carrying the Canal Authority are one origin", async ({ page }) => {
  await page.goto("/metrics/suez_revenue");
  const origins = page.getByRole("region", { name: "Independent origins" });
  await expect(origins.getByText(/^\d+ periods have several figures; \d+ of them come from a single origin\.$/)).toBeVisible();
  const item = origins.getByRole("listitem").filter({ hasText: /^For 2020, / });
  await expect(item).toBeHidden();
  await origins.getByText(/periods have several figures/).click();
  await expect(item).toHaveText("For 2020, Suez Canal on the Suez Canal sea route: 3 figures from one origin (SCA) give different values.");
});

test("a metric page warns of its look-alikes both ways, and never charts them together", async ({ page }) => {
  await page.goto("/metrics/azerbaijan_instc_transit");
  const warning = page.getByRole("complementary", { name: "Not to be confused with" });
  const cargo = warning.getByRole("listitem").filter({ hasText: "Cargo on Azerbaijan's transport corridors" });
  await expect(cargo).toContainText("the other is the State Statistics Committee's series of cargo on each international corridor");
  await expect(page.getByRole("figure").first()).not.toContainText("State Statistics Committee");
  await cargo.getByRole("link", { name: "Cargo on Azerbaijan's transport corridors" }).click();
  await expect(page).toHaveURL(/\/metrics\/azerbaijan_corridor_cargo$/);
  // The other page names this one back, with its definition, since the warning was written from the other side.
  const back = page
    .getByRole("complementary", { name: "Not to be confused with" })
    .getByRole("listitem")
    .filter({ hasText: "North–South transit through Azerbaijan" });
  await expect(back).toContainText("Cargo carried through Azerbaijan on the North–South corridor (INSTC western route).");
});

test("a metric's scale sisters share its chart: USD m figures drawn in USD bn, each labelled as printed", async ({ page }) => {
  await page.goto("/metrics/russia_iran_trade_turnover");
  const chart = page.getByRole("figure").filter({ hasText: "with figures printed in USD m" });
  await expect(chart).toContainText(
    /figures were printed in USD m and are drawn in USD bn, moved exactly by a power of ten \(1,000 USD m = 1 USD bn\)/,
  );
  await chart.getByText("Show the numbers as a table").click();
  await expect(chart.getByRole("row").filter({ hasText: "printed as 737 USD m" })).toContainText("0.737 USD bn");
  await chart.getByRole("link", { name: "Russia–Iran trade turnover (USD m)" }).click();
  await expect(page).toHaveURL(/\/metrics\/russia_iran_trade_turnover_usd_m$/);
});

test("a metric with one dated figure shows it as a tile, not a chart with one dot", async ({ page }) => {
  await page.goto("/metrics/instc_sea_cargo");
  const frame = page.getByRole("figure").filter({ hasText: "INSTC sea cargo" }).first();
  await expect(frame.locator(".single-figure")).toContainText("The only figure with a period so far");
  await expect(frame.locator(".single-figure .figure-value")).toHaveText(/Mt$/);
  await expect(frame.locator("svg.recharts-surface")).toHaveCount(0);
});

for (const path of ["/routes/instc-north", "/metrics/no_such_metric"]) {
  test(`an unknown slug (${path}) is a 404 with the not-found page`, async ({ page, consoleErrors }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await expect(page.getByRole("link", { name: "all routes" })).toBeVisible();
    acceptOnly404(consoleErrors);
  });
}

for (const [query, message] of [
  ["?route=instc-north", "There is no route called “instc-north”"],
  ["?metric=no_such_metric", "There is no metric called “no_such_metric”"],
  ["?from=2024-13-01", "The period start “2024-13-01” is not a date: write it as 2024-01-31"],
  ["?from=2024-06-01&to=2024-01-01", "The period starts (2024-06-01) after it ends (2024-01-01)"],
  ["?route=suez&route=instc-west", "The route is given more than once: choose one"],
  ["?metrik=transit_time", "The address asks for “metrik”, which this list does not know"],
  ["?q=ab", "Search for at least 3 characters (“ab” is too short to look up)"],
  ["?sort=colour", "The list cannot be sorted by “colour”"],
] as const) {
  test(`/figures${query} explains the bad filter with a 200 and no rows`, async ({ page }) => {
    const apiCalls = recordApiCalls(page);
    const response = await page.goto(`/figures${query}`);
    expect(response?.status()).toBe(200);
    // Scoped to <main>: Next.js's route announcer is an (empty) alert too.
    await expect(page.getByRole("main").getByRole("alert")).toContainText(message);
    await expect(page.getByRole("table")).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Show all figures" })).toBeVisible();
    expect(apiCalls).toEqual([]);
  });
}

test("the figures API refuses a bad filter with a 400 and its issues", async ({ request }) => {
  const bad = await request.get("/api/figures?route=instc-north&status=rumour");
  expect(bad.status()).toBe(400);
  expect((await bad.json()).issues).toEqual(["“rumour” is not a status: a figure is reported, a claim, a forecast or a plan"]);
  const good = await request.get("/api/figures?route=chennai-vladivostok&status=claim");
  expect(good.status()).toBe(200);
  const body = (await good.json()) as { figures: { value: string }[]; total: number; page: number; pageSize: number };
  expect(body.figures.map((figure) => figure.value).sort()).toEqual(["10", "10300", "10458", "14", "24", "5600", "5647"]);
  expect(body).toMatchObject({ total: 7, page: 1, pageSize: 100 });
  // Pages keep every answer bounded; a page past the end is empty, and a bad page is refused like a bad filter.
  expect(await (await request.get("/api/figures?route=chennai-vladivostok&page=2")).json()).toMatchObject({
    figures: [],
    total: 8,
    page: 2,
  });
  const suez = (await (await request.get("/api/figures?route=suez&page=4")).json()) as { figures: unknown[]; total: number };
  expect(suez).toMatchObject({ total: 326 });
  expect(suez.figures).toHaveLength(26);
  const badPage = await request.get("/api/figures?page=0");
  expect(badPage.status()).toBe(400);
  expect((await badPage.json()).issues).toEqual(["There is no page “0”: pages are numbered 1 to 100,000"]);
});

test("/figures renders on the server, then a filter change updates the URL, the count, the table and the CSV link", async ({ page }) => {
  const apiCalls = recordApiCalls(page);
  await page.goto("/figures");
  const status = page.getByRole("status").filter({ hasText: "figures" });
  await expect(status).toHaveText("Figures 1–100 of 798: all figures");
  await expect(page.getByRole("region", { name: "Figures 1–100 of 798: all figures" }).getByRole("row")).toHaveCount(101);
  expect(apiCalls, "the first view comes from the server render").toEqual([]);

  await page.getByLabel("Route").selectOption({ label: "Chennai–Vladivostok Eastern Maritime Corridor" });
  await expect(page).toHaveURL(/\/figures\?route=chennai-vladivostok$/);
  await expect(status).toHaveText("8 figures: Chennai–Vladivostok Eastern Maritime Corridor");
  await expect(page.getByRole("region", { name: "8 figures: Chennai–Vladivostok Eastern Maritime Corridor" }).getByRole("row")).toHaveCount(
    9,
  );

  await page.getByLabel("Status").selectOption("claim");
  await expect(page).toHaveURL(/\/figures\?route=chennai-vladivostok&status=claim$/);
  await expect(status).toHaveText("7 figures: Chennai–Vladivostok Eastern Maritime Corridor; status claim");
  await expect(page.getByRole("link", { name: /^Download CSV/ })).toHaveAttribute(
    "href",
    "/api/csv/figures?route=chennai-vladivostok&status=claim",
  );
  expect(apiCalls).toEqual(["?route=chennai-vladivostok", "?route=chennai-vladivostok&status=claim"]);

  await page.getByLabel("Period from").fill("2022-01-01");
  await page.getByLabel("Period to").fill("2022-12-31");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/\/figures\?route=chennai-vladivostok&status=claim&from=2022-01-01&to=2022-12-31$/);
  await expect(status).toHaveText(/^0 figures/);
  await expect(page.getByText("No figure matches these filters.")).toBeVisible();

  await page.getByRole("button", { name: "Clear" }).click();
  await expect(page).toHaveURL(/\/figures$/);
  await expect(status).toHaveText("Figures 1–100 of 798: all figures");

  // The URL is the state: reloading it renders the same selection on the server.
  await page.goto("/figures?metric=transit_time&route=suez");
  await expect(page.getByLabel("Metric")).toHaveValue("transit_time");
  await expect(status).toHaveText("18 figures: Transit time; Suez Canal sea route");
});

test("/sources counts what relies on every source, and a source's figures are one filter away", async ({ page }) => {
  await page.goto("/sources");
  await expect(page.locator(".lede")).toContainText(/\d+ sources back 798 figures and 61 events\./);
  // Sources are listed by publisher, fifty to a page: CEPA is on the second.
  await expect(page.getByRole("article", { name: "CEPA (Europe's Edge)" })).toHaveCount(0);
  await page.goto("/sources?page=2");
  const cepa = page.getByRole("article", { name: "CEPA (Europe's Edge)" }).first();
  await expect(cepa).toBeVisible();

  await page.goto(`/figures?source=${encodeURIComponent("CEPA (Europe's Edge)")}`);
  const status = page.getByRole("status").filter({ hasText: "figure" });
  await expect(status).toHaveText("1 figure: source CEPA (Europe's Edge)");
  await expect(page.getByRole("link", { name: /^Download CSV/ })).toHaveAttribute(
    "href",
    "/api/csv/figures?source=CEPA+%28Europe%27s+Edge%29",
  );
  // Another filter keeps the source: the selection narrows, it does not jump to every source.
  await page.getByLabel("Status").selectOption("reported");
  await expect(page).toHaveURL(/\/figures\?status=reported&source=CEPA/);
});

const auditedPages = ["/", "/routes/instc-west", "/metrics/russia_iran_trade_turnover", "/sources", "/figures", "/events"];

for (const path of auditedPages) {
  test(`${path} has no serious or critical accessibility violations`, async ({ page }) => {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    const results = await new AxeBuilder({ page }).analyze();
    const blocking = results.violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map((violation) => ({ id: violation.id, help: violation.help, targets: violation.nodes.map((node) => node.target.join(" ")) }));
    expect(blocking).toEqual([]);
  });

  test(`${path} fits a 375 px phone without sideways scrolling`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    const name = path === "/" ? "overview" : path.slice(1).replaceAll("/", "-");
    await page.screenshot({ path: testInfo.outputPath(`${name}-375.png`), fullPage: true });
  });
}
