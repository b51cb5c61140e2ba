import { request as playwrightRequest, type APIRequestContext, type Page } from "@playwright/test";
import { signInThroughApi, signInThroughForm } from "./admin-session";
import { expectNoSeriousViolations } from "./axe";
import { expect, test } from "./fixtures";

// /claims end to end: the seed's plans, forecasts and planned events with their outcomes, filtered by outcome and
// route through the form (the address follows, and a shared address shows the same selection), each decided
// claim with its evidence; route pages show their claims; the JSON API carries outcomes; an editor's ruling made
// through the admin form decides a claim on the public page, and is deleted again (afterEach, pass or fail).

type ApiFigure = { id: number; value: string; status: string; outcome: string | null };

async function figuresOf(request: APIRequestContext, query: string): Promise<ApiFigure[]> {
  const response = await request.get(`/api/figures?${query}`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { figures: ApiFigure[] }).figures;
}

const claimList = (page: Page) =>
  page
    .getByRole("main")
    .getByRole("list")
    .filter({ has: page.getByRole("article") })
    .first();

test("filters claims by outcome and route through the form; the address keeps the selection", async ({ page }) => {
  await page.goto("/claims");
  await expect(page.getByRole("heading", { level: 1, name: "Claims against outcomes" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Claims" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await expectNoSeriousViolations(page);

  await page.getByRole("combobox", { name: "Outcome" }).selectOption("missed");
  await expect(page).toHaveURL(/\/claims\?outcome=missed$/);
  const missed = claimList(page).getByRole("article");
  await expect(missed.first()).toBeVisible();
  // Every claim listed is missed, and the 2023 Suez forecast is among them with the report that decided it.
  for (const badge of await missed.locator(".claim-head .outcome").allTextContents()) expect(badge).toBe("Missed");
  const suez = missed.filter({ has: page.getByRole("heading", { name: "10.3 USD bn: Suez Canal revenue, 2023" }) });
  await expect(suez).toContainText("Reported for the same period and subject: below the target.");
  await expect(suez.getByRole("link", { name: "10.25 USD bn" })).toBeVisible();

  await page.getByRole("combobox", { name: "Route" }).selectOption("middle-corridor");
  await expect(page).toHaveURL(/\/claims\?route=middle-corridor&outcome=missed$/);
  await expect(page.getByRole("status").filter({ hasText: /claims? missed on the Middle Corridor/ })).toBeVisible();
  const onRoute = claimList(page).getByRole("article");
  await expect(onRoute.filter({ hasText: "Suez" })).toHaveCount(0);
  const containers = onRoute.filter({ has: page.getByRole("heading", { name: /^96,000 TEU: Middle Corridor containers/ }) });
  await expect(containers).toContainText("77,000 TEU reported for 2025");
  await expect(containers).toContainText("Astana Times");
  await expectNoSeriousViolations(page);

  // The address alone gives the same selection, with the form showing it.
  await page.goto("/claims?route=middle-corridor&outcome=met");
  await expect(page.getByRole("combobox", { name: "Route" })).toHaveValue("middle-corridor");
  await expect(page.getByRole("combobox", { name: "Outcome" })).toHaveValue("met");
  const met = claimList(page).getByRole("article");
  await expect(met.filter({ has: page.getByRole("heading", { name: /^2\.5 Mt: Middle Corridor cargo/ }) })).toContainText(
    "4.119 Mt reported for 2025",
  );

  // Back to everything: overdue planned events of the western route are there, with what the date rule says.
  await page.getByRole("combobox", { name: "Outcome" }).selectOption("overdue");
  await page.getByRole("combobox", { name: "Route" }).selectOption("instc-west");
  await expect(page).toHaveURL(/\/claims\?route=instc-west&outcome=overdue$/);
  await expect(
    claimList(page).getByRole("article").filter({ hasText: "Deadline for signing the Rasht–Astara construction" }),
  ).toContainText("has passed, and nothing recorded says it happened");
});

test("a bad filter in the address is named on the page, not ignored", async ({ page }) => {
  await page.goto("/claims?outcome=kept&route=nowhere");
  await expect(page.getByRole("alert").filter({ hasText: "This selection cannot be shown" })).toContainText(
    "'outcome' must be one of pending, met, missed, overdue, unclear, withdrawn, undated",
  );
  await expectNoSeriousViolations(page);
});

test("a route page shows its claims' outcomes; the JSON API carries them", async ({ page, request }) => {
  await page.goto("/routes/middle-corridor");
  const section = page.getByRole("region", { name: "Claims and what became of them" });
  await expect(
    section
      .getByRole("article")
      .filter({ has: page.getByRole("heading", { name: /^96,000 TEU/ }) })
      .locator(".outcome")
      .first(),
  ).toHaveText("Missed");
  await expectNoSeriousViolations(page);

  const plans = await figuresOf(request, "metric=middle_corridor_containers&status=plan");
  expect(plans.map((figure) => [figure.value, figure.outcome]).sort()).toEqual([
    ["300000", "pending"],
    ["96000", "missed"],
  ]);
  const reported = await figuresOf(request, "metric=middle_corridor_containers&status=reported");
  expect(reported.length).toBeGreaterThan(0);
  expect(reported.every((figure) => figure.outcome === null)).toBe(true);
});

// Rulings a test made; afterEach deletes them through the API.
const rulings: number[] = [];
test.afterEach(async ({ baseURL }, testInfo) => {
  if (rulings.length === 0) return;
  const request = await playwrightRequest.newContext({ baseURL });
  try {
    await signInThroughApi(request, baseURL!, testInfo.project.name);
    for (const id of rulings.splice(0)) {
      const history = await request.get(`/api/admin/rulings/${id}/history`);
      if (history.status() !== 200) continue;
      const { version, deleted } = (await history.json()) as { version: number; deleted: boolean };
      if (deleted) continue;
      const response = await request.delete(`/api/admin/rulings/${id}`, { data: { version }, headers: { origin: baseURL! } });
      expect(response.status(), `deleting test ruling ${id}`).toBe(200);
    }
  } finally {
    await request.dispose();
  }
});

test("an editor's ruling, made in the admin form, decides a claim on /claims with its reason", async ({ page, request }, testInfo) => {
  const [forecast] = (await figuresOf(request, "metric=instc_total_cargo&status=forecast")).filter((figure) => figure.value === "17.6");
  expect(forecast?.outcome).toBe("overdue");
  const reason = `E2E ruling (${testInfo.project.name}, ${Date.now().toString(36)})`;

  await page.goto(`/admin/rulings/new?claim=figure:${forecast!.id}`);
  await signInThroughForm(page, testInfo.project.name);
  const form = page.getByRole("form", { name: "New ruling" });
  await expect(form.getByRole("textbox", { name: "Claim", exact: true })).toHaveValue(`figure:${forecast!.id}`);
  // A ruling without its reason is refused beside the field.
  await form.getByLabel("Ruling", { exact: true }).selectOption("withdrawn");
  await form.getByRole("button", { name: "Create ruling" }).click();
  await expect(form.getByRole("textbox", { name: "Reason" })).toHaveAccessibleDescription(/A ruling needs its reason/);
  await form.getByRole("textbox", { name: "Reason" }).fill(reason);
  await form.getByRole("button", { name: "Create ruling" }).click();
  await expect(page).toHaveURL(/\/admin\/rulings\/\d+\?created=1$/);
  rulings.push(Number(/\/admin\/rulings\/(\d+)/.exec(page.url())![1]));
  await expectNoSeriousViolations(page);

  await page.goto("/claims?outcome=withdrawn");
  const entry = claimList(page)
    .getByRole("article")
    .filter({ has: page.getByRole("heading", { name: /^17\.6 Mt: INSTC cargo/ }) });
  await expect(entry).toContainText(`Ruled withdrawn by`);
  await expect(entry).toContainText(reason);
  expect((await figuresOf(request, "metric=instc_total_cargo&status=forecast")).find((figure) => figure.id === forecast!.id)?.outcome).toBe(
    "withdrawn",
  );
});
