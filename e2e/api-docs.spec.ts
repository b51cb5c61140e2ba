import { expectNoSeriousViolations } from "./axe";
import { expect, test } from "./fixtures";

// The API reference page (/api/docs) is drawn by the app from its own OpenAPI document: every operation of
// /api/openapi.json is on it, it reads at phone and desktop widths without sideways scrolling, it needs no script
// and loads nothing from another site, and it passes axe. The overview and every footer link to it and to the data package.

const widths = [
  { name: "desktop", width: 1280, height: 900 },
  { name: "phone", width: 375, height: 740 },
];

for (const size of widths) {
  test(`/api/docs at ${size.width} px lists every operation of the OpenAPI document, readable and accessible`, async ({ page }) => {
    const requested: string[] = [];
    page.on("request", (request) => requested.push(request.url()));
    await page.setViewportSize({ width: size.width, height: size.height });
    const described = (await (await page.request.get("/api/openapi.json")).json()) as {
      paths: Record<string, { get?: { summary: string } }>;
    };
    await page.goto("/api/docs");
    await expect(page.getByRole("heading", { level: 1, name: "Corridor Watch API" })).toBeVisible();
    const endpoints = page.getByRole("navigation", { name: "Endpoints" });
    for (const [address, item] of Object.entries(described.paths)) {
      await expect(endpoints.getByRole("link", { name: `GET ${address}`, exact: true })).toBeVisible();
      await expect(page.getByRole("heading", { level: 3, name: `GET ${address} ${item.get!.summary}`, exact: true })).toBeVisible();
    }
    await expect(page.getByRole("region", { name: "Using it" }).getByRole("link", { name: "/api/openapi.json" })).toHaveAttribute(
      "href",
      "/api/openapi.json",
    );
    const figures = page.getByRole("article", { name: "GET /api/figures A page of figures" });
    await expect(figures.getByRole("term").filter({ hasText: /^status/ })).toBeVisible();
    await expect(figures.getByText("one of reported, claim, forecast, plan")).toBeVisible();
    const csv = page.getByRole("article", { name: /^GET \/api\/csv\/figures Figures as CSV/ });
    await csv.getByText("The CSV's 20 columns").click();
    await expect(csv.getByRole("term").filter({ hasText: /^source_publisher/ })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, "the page does not scroll sideways").toBeLessThanOrEqual(0);
    const site = new URL(page.url()).origin;
    expect(
      requested.filter((url) => new URL(url).origin !== site),
      "nothing is loaded from another site",
    ).toEqual([]);
    await expectNoSeriousViolations(page);
  });
}

test("/api/docs works without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/api/docs");
  await expect(page.getByRole("heading", { level: 3, name: /^GET \/api\/data-package\.zip/ })).toBeVisible();
  await context.close();
});

test("the overview and every page's footer link to the data package and the API", async ({ page }) => {
  await page.goto("/");
  for (const where of [page.getByRole("main"), page.getByRole("contentinfo")]) {
    await expect(where.getByRole("link", { name: /^Data package/ })).toHaveAttribute("href", "/api/data-package.zip");
    await expect(where.getByRole("link", { name: "API", exact: true })).toHaveAttribute("href", "/api/docs");
  }
  const zip = await page.request.get("/api/data-package.zip");
  expect(zip.status()).toBe(200);
  expect(zip.headers()["content-type"]).toBe("application/zip");
  expect((await zip.body()).subarray(0, 2).toString("latin1")).toBe("PK");
});
