import { expect, test } from "./fixtures";

test("the overview shows Russia–Iran trade +48% (Jan–Apr 2024) with its source", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("The North–South corridor in figures");
  const card = page.getByRole("article", { name: /Russia–Iran trade: Jan–Apr 2024 vs Jan–Apr 2023/ });
  await expect(card).toContainText("+48%");
  await expect(card).toContainText("Source: CEPA (Europe's Edge)");
  await expect(card).toContainText("as of 2024");
  await expect(card).toContainText("reported");
});

test("the health route reports the database, its migrations and the seeded figures", async ({ request }, testInfo) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  const health = await response.json();
  expect(health).toMatchObject({
    ok: true,
    database: { kind: testInfo.project.name },
    migrations: { pending: [], failed: [] },
    figures: 798,
  });
  expect(health.migrations.applied).toBeGreaterThanOrEqual(2);
});
