import { signInThroughApi } from "./admin-session";
import { expect, test } from "./fixtures";

// The admin lists and forms, as issue 13 found them: the edit link on each row's main column (the first), nothing
// cut off at 1280 px, every row readable at 375 px without scrolling sideways; a save that changes nothing says so
// and writes no version; a seeded record's first edit can be undone from its history.

const kinds = ["figures", "routes", "metrics", "events"] as const;

for (const width of [1280, 375]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    for (const kind of kinds) {
      test(`the ${kind} list links each row's first cell to its edit page and fits the screen`, async ({ page, baseURL }, testInfo) => {
        await signInThroughApi(page.request, baseURL!, testInfo.project.name);
        await page.goto(`/admin/${kind}`);
        const rows = page.getByRole("row").filter({ has: page.getByRole("cell") });
        await expect(rows.first()).toBeVisible();
        const count = Math.min(await rows.count(), 10);
        for (let index = 0; index < count; index += 1) {
          const link = rows.nth(index).getByRole("cell").first().getByRole("link");
          await expect(link).toHaveAttribute("href", new RegExp(`^/admin/${kind}/\\d+$`));
          const box = (await link.boundingBox())!;
          // Inside the viewport horizontally: readable without scrolling sideways.
          expect(box.x, `row ${index}'s link starts on screen`).toBeGreaterThanOrEqual(0);
          expect(box.x + box.width, `row ${index}'s link ends on screen`).toBeLessThanOrEqual(width);
        }
        // Nothing cut off: the list's region does not scroll sideways, and neither does the page.
        const region = page
          .getByRole("region")
          .filter({ has: page.getByRole("table") })
          .first();
        const overflow = await region.evaluate((element) => element.scrollWidth - element.clientWidth);
        expect(overflow, "the table is wider than its box").toBeLessThanOrEqual(1);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        await page.screenshot({ path: testInfo.outputPath(`${kind}-${width}.png`), fullPage: width < 500 });
      });
    }
  });
}

test("a save that changes nothing writes no version and says so", async ({ page, baseURL }, testInfo) => {
  await signInThroughApi(page.request, baseURL!, testInfo.project.name);
  await page.goto("/admin/metrics?q=transit_time");
  await page
    .getByRole("row")
    .filter({ has: page.getByRole("cell") })
    .first()
    .getByRole("cell")
    .first()
    .getByRole("link")
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Edit metric");
  const versionLine = page.getByText(/^Version \d+/);
  const before = await versionLine.textContent();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: /Nothing changed, so no new version was saved/ })).toBeVisible();
  await expect(versionLine).toHaveText(before!);
});
