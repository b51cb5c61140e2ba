import { signInThroughForm } from "./admin-session";
import { expectNoSeriousViolations } from "./axe";
import { expect, test } from "./fixtures";

// The schematic route map, drawn on the server: every route a link to its page, a route's page with its route
// on top, the same map without JavaScript, each route's nodes as a table, and no accessibility violation.

const routes = [
  ["instc-west", "INSTC western route"],
  ["instc-caspian", "INSTC Trans-Caspian route"],
  ["instc-east", "INSTC eastern route"],
  ["suez", "Suez Canal sea route"],
  ["middle-corridor", "Middle Corridor (Trans-Caspian International Transport Route)"],
  ["cape-of-good-hope", "Cape of Good Hope sea route"],
  ["chennai-vladivostok", "Chennai–Vladivostok Eastern Maritime Corridor"],
] as const;

test("the overview's map shows every route as a link to its page, and its nodes as a table", async ({ page, request }) => {
  await page.goto("/");
  const section = page.getByRole("region", { name: "Where the routes run" });
  const map = section.getByRole("figure");
  await expect(map.locator("svg:visible")).toHaveCount(1);
  // The country outlines are an image of their own, fetched once, not inlined into the page (twice, with React's payload).
  const outlines = await map.locator("svg:visible image.cw-outlines").getAttribute("href");
  expect(outlines).toMatch(/^\/api\/map-outlines\/1000x[\d.]+\.svg$/);
  const served = await request.get(outlines!);
  expect(served.headers()["content-type"]).toContain("image/svg+xml");
  expect(await served.text()).toMatch(/^<svg[^>]* width="1000" height="[\d.]+"/);
  await expect(map.locator("svg:visible text.cw-note")).toHaveText("Schematic: not a source for distances");
  for (const [slug, name] of routes) {
    const link = map.getByRole("link", { name: `${name}: route page`, exact: true });
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute("href", `/routes/${slug}`);
  }
  await expect(map.locator("path.cw-leg-missing:visible")).toHaveCount(1);
  await expect(section.getByText(/Borders are drawn as Natural Earth shows them/)).toBeVisible();

  await section.getByText("Each route's nodes in order (the map as a table)").click();
  const west = section.getByRole("table", { name: "INSTC western route" });
  await expect(west.getByRole("row")).toHaveCount(15);
  await expect(west.getByRole("row").filter({ hasText: "Astara (Iran)" })).toContainText("Missing link");
  await expect(section.getByRole("table")).toHaveCount(routes.length);

  // A route is reached from the keyboard, and leads to its page.
  const link = map.getByRole("link", { name: "INSTC eastern route: route page" });
  await link.focus();
  await expect(link).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/routes\/instc-east$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("INSTC eastern route");
});

test("a route's page draws its route on top, the others muted, with its nodes in order", async ({ page }) => {
  await page.goto("/routes/instc-west");
  const section = page.getByRole("region", { name: "Where it runs" });
  const map = section.getByRole("figure");
  const own = map.getByRole("link", { name: "INSTC western route: route page (this page)" });
  await expect(own).toHaveAttribute("aria-current", "page");
  await expect(own).not.toHaveClass(/cw-muted/);
  // Drawn last, so on top of the others.
  await expect(map.locator("svg:visible a").last()).toHaveAttribute("href", "/routes/instc-west");
  await expect(map.getByRole("link", { name: "Suez Canal sea route: route page" })).toHaveClass(/cw-muted/);
  await section.getByText("The route's nodes in order (the map as a table)").click();
  await expect(section.getByRole("table")).toHaveCount(1);
  const rows = section.getByRole("table", { name: "INSTC western route" }).getByRole("row");
  await expect(rows.nth(1)).toContainText("St Petersburg, Russia");
  await expect(rows.last()).toContainText("Nhava Sheva (Mumbai), India");
  await expectNoSeriousViolations(page);
});

test("the map works with JavaScript disabled", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto("/");
    const map = page.getByRole("region", { name: "Where the routes run" }).getByRole("figure");
    await expect(map.locator("svg:visible")).toHaveCount(1);
    await expect(map.getByRole("link", { name: /: route page$/ })).toHaveCount(routes.length);
    // Its legend entry is part of the link: a click there is sure to land on it.
    await map.getByRole("link", { name: "INSTC western route: route page" }).locator("text").click();
    await expect(page).toHaveURL(/\/routes\/instc-west$/);
    await expect(
      page.getByRole("region", { name: "Where it runs" }).getByRole("link", { name: "INSTC western route: route page (this page)" }),
    ).toBeVisible();
  } finally {
    await context.close();
  }
});

test("the map is accessible on a phone and on a wide screen", async ({ page }) => {
  // Two audits of the overview, the longest page.
  test.setTimeout(90_000);
  await page.goto("/");
  await expect(page.getByRole("region", { name: "Where the routes run" }).getByRole("figure").locator("svg:visible")).toHaveCount(1);
  await expectNoSeriousViolations(page);
  await page.setViewportSize({ width: 375, height: 800 });
  const map = page.getByRole("region", { name: "Where the routes run" }).getByRole("figure");
  // The narrow drawing: one map on screen, every route still a link, nothing wider than the screen.
  await expect(map.locator("svg:visible")).toHaveCount(1);
  await expect(map.locator("svg:visible")).toHaveAttribute("width", "343");
  await expect(map.getByRole("link", { name: /: route page$/ })).toHaveCount(routes.length);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expectNoSeriousViolations(page);
});

test("an editor sees a route's map path in its form, and a bad node is refused beside the field", async ({ page }, testInfo) => {
  await page.goto("/admin/routes");
  await signInThroughForm(page, testInfo.project.name);
  await page.getByRole("link", { name: "INSTC western route" }).click();
  const path = page.getByRole("textbox", { name: "Map path" });
  await expect(path).toHaveValue(/^St Petersburg \| Russia \| port \| 59\.93 \| 30\.31 \| rail/);
  await expect(path).toHaveValue(/Astara \(Iran\) \| Iran \| terminal \| 38\.43 \| 48\.87 \| missing/);
  const seeded = await path.inputValue();
  await path.fill(seeded.replace("Rasht | Iran | city | 37.28", "Rasht | Iran | city | 97.28"));
  await page.getByRole("button", { name: /^Save/ }).click();
  await expect(path).toHaveAttribute("aria-invalid", "true");
  await expect(path).toHaveAccessibleDescription(/Line 8: latitude must be a number from −90 to 90/);
  await expectNoSeriousViolations(page);
});
