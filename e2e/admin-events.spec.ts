import { request as playwrightRequest, type Page } from "@playwright/test";
import { signInThroughApi, signInThroughForm } from "./admin-session";
import { expectNoSeriousViolations } from "./axe";
import { expect, test } from "./fixtures";

// Events end to end: an editor adds a planned event through the form, the public timeline (/events) shows it,
// the editor deletes it through the form (with its confirmation step) and brings it back from its history; an
// editor links an event to a metric and the metric's chart marks it. The seeded events other tests
// count are never touched; if a test fails half-way, afterEach deletes what it made through the API.

type AdminEvent = { id: number; title: string; version: number };

function eventInput(title: string) {
  return {
    date: "2032",
    title,
    route: "",
    status: "planned",
    sourcePublisher: "Corridor Watch end-to-end tests",
    sourceTitle: "An event made up by the tests",
    sourceUrl: "",
    sourceDate: "",
    metrics: "",
  };
}

// Every event a test made and has not deleted yet; afterEach deletes them through the API.
const created: number[] = [];
test.afterEach(async ({ baseURL }, testInfo) => {
  if (created.length === 0) return;
  const request = await playwrightRequest.newContext({ baseURL });
  try {
    await signInThroughApi(request, baseURL!, testInfo.project.name);
    const list = (await (await request.get("/api/admin/events?q=E2E&pageSize=100")).json()) as { rows: AdminEvent[] };
    for (const id of created.splice(0)) {
      const current = list.rows.find((event) => event.id === id);
      if (!current) continue;
      const response = await request.delete(`/api/admin/events/${id}`, {
        data: { version: current.version },
        headers: { origin: baseURL! },
      });
      expect(response.status(), `deleting test event ${id}`).toBe(200);
    }
  } finally {
    await request.dispose();
  }
});

test("an editor adds a planned event, sees it on the public timeline, and deletes it again", async ({ page }, testInfo) => {
  const title = `E2E planned event (${testInfo.project.name}, ${Date.now().toString(36)})`;

  // The form's page asks for a session first and comes back after signing in.
  await page.goto("/admin/events/new");
  await expect(page).toHaveURL(/\/admin\/sign-in\?/);
  await signInThroughForm(page, testInfo.project.name);
  await expect(page).toHaveURL(/\/admin\/events\/new$/);
  await expect(page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Events" })).toBeVisible();

  const form = page.getByRole("form", { name: "New event" });
  await form.getByRole("textbox", { name: "Title", exact: true }).fill(title);
  const date = form.getByRole("textbox", { name: "Date", exact: true });
  // A month that does not exist is refused beside the field, and what was typed stays.
  await date.fill("2031-13");
  await form.getByLabel("Status").selectOption("planned");
  await form.getByRole("textbox", { name: "Source publisher" }).fill("Corridor Watch end-to-end tests");
  await form.getByRole("textbox", { name: "Source title" }).fill("An event made up by the tests");
  await form.getByRole("button", { name: "Create event" }).click();
  await expect(date).toHaveAttribute("aria-invalid", "true");
  await expect(date).toHaveAccessibleDescription(/Date must be YYYY, YYYY-MM or YYYY-MM-DD, and exist/);
  await expect(date).toHaveValue("2031-13");
  await expect(form.getByRole("textbox", { name: "Title", exact: true })).toHaveValue(title);
  await expect(page.getByRole("status").filter({ hasText: "Check the highlighted fields; nothing was saved." })).toBeVisible();

  await date.fill("2031-05");
  await expect(date).not.toHaveAttribute("aria-invalid");
  await form.getByRole("button", { name: "Create event" }).click();
  await expect(page).toHaveURL(/\/admin\/events\/\d+\?created=1$/);
  const id = Number(/\/admin\/events\/(\d+)/.exec(page.url())![1]);
  created.push(id);
  await expect(page.getByRole("status").filter({ hasText: "Event created." })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Date", exact: true })).toHaveValue("2031-05");
  await expect(page.getByLabel("Status")).toHaveValue("planned");

  // The public timeline shows it at once, as planned and only as exact as it was given.
  await page.goto("/events");
  const timeline = page.getByRole("region", { name: "Timeline" });
  const item = timeline.getByRole("listitem").filter({ hasText: title });
  await expect(item).toHaveCount(1);
  await expect(item).toContainText("Planned");
  await expect(item).toContainText("2031");
  await expect(item.locator("time")).toHaveAttribute("datetime", "2031-05");

  // Delete it through the form: "Delete…" asks first, and Cancel keeps it.
  await page.goto("/admin/events");
  await page.getByRole("link", { name: title }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/events/${id}$`));
  await page.getByRole("button", { name: "Delete…" }).click();
  const dialog = page.getByRole("dialog", { name: "Delete this event?" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole("button", { name: "Delete…" }).click();
  await dialog.getByRole("button", { name: "Delete event" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/events\\?deletedId=${id}$`));
  await expect(page.getByRole("status").filter({ hasText: `Event ${id} deleted.` })).toBeVisible();
  await expect(page.getByRole("link", { name: title })).toHaveCount(0);

  await page.goto("/events");
  await expect(page.getByRole("region", { name: "Timeline" }).getByText(title)).toHaveCount(0);

  // It is among the deleted events, and its history undoes the deletion under the same number.
  await page.goto("/admin/events");
  await page.getByLabel("Show").selectOption("only");
  await expect(page).toHaveURL(/\/admin\/events\?deleted=only$/);
  const row = page.getByRole("row").filter({ hasText: title });
  await expect(row).toContainText("deleted");
  await expectNoSeriousViolations(page);
  await row.getByRole("link", { name: /Restore from history/ }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/events/${id}/history$`));
  await expect(page.getByRole("note")).toContainText("This event is deleted");
  await page.getByRole("button", { name: "Undo this deletion" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Deletion undone. The event is now at version 3 and shown on public pages again." }),
  ).toBeVisible();
  await expect(page.getByRole("heading", { name: "Version 3: Restored" })).toBeVisible();

  await page.goto("/events");
  await expect(page.getByRole("region", { name: "Timeline" }).getByRole("listitem").filter({ hasText: title })).toHaveCount(1);
});

/** Signs in through the form and creates an event through the API, as if made earlier; afterEach deletes it. */
async function signInAndCreate(
  page: Page,
  baseURL: string,
  projectName: string,
  title: string,
  overrides: Partial<ReturnType<typeof eventInput>> = {},
): Promise<AdminEvent> {
  await page.goto("/admin/sign-in");
  await signInThroughForm(page, projectName);
  await expect(page.getByText("Signed in as")).toBeVisible();
  const response = await page.request.post("/api/admin/events", {
    data: { record: { ...eventInput(title), ...overrides } },
    headers: { origin: baseURL },
  });
  expect(response.status(), await response.text()).toBe(201);
  const event = ((await response.json()) as { record: AdminEvent }).record;
  created.push(event.id);
  return event;
}

test.describe("linking an event to a metric", () => {
  // The unknown metric's refusal is a 422 from the save.
  test.use({ allowedApiStatuses: [422] });

  test("an editor ticks a metric in the event's form, the history records it, and the metric's chart marks the event", async ({
    page,
    baseURL,
  }, testInfo) => {
    const title = `E2E linked event (${testInfo.project.name}, ${Date.now().toString(36)})`;
    // Within the chart's years (its figures run 2020–2030), on no single route.
    const event = await signInAndCreate(page, baseURL!, testInfo.project.name, title, { date: "2024-06", status: "happened" });
    const chartEvents = page.getByRole("list", { name: "Events marked on the chart" });

    // Not linked yet: the Russia–India chart marks only its own event (the rupee settlement), not this one.
    await page.goto("/metrics/russia_india_trade_turnover");
    // Charts draw when they come near the screen (lazy-charts.tsx), and the events they mark with them.
    await page.getByRole("figure").first().scrollIntoViewIfNeeded();
    await expect(chartEvents.getByRole("listitem")).toHaveCount(1);
    await expect(chartEvents).toContainText("India and Russia start settling bilateral trade in rupees");
    await expect(chartEvents).not.toContainText(title);

    await page.goto(`/admin/events/${event.id}`);
    const metrics = page.getByRole("textbox", { name: "Metrics", exact: true });
    await expect(metrics).toHaveValue("");
    await expect(metrics).toHaveAccessibleDescription(/slugs separated by commas/);
    // A typed slug that is no metric is refused by the server, beside the field, naming it.
    await metrics.fill("russia_india_trade_turnovr");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(metrics).toHaveAttribute("aria-invalid", "true");
    await expect(metrics).toHaveAccessibleDescription(/Unknown metric "russia_india_trade_turnovr"/);

    // Ticking the metric in the list (grouped by category) writes its slug into the field.
    await metrics.fill("");
    await page.getByText(/^Choose from the \d+ metrics \(0 chosen\)$/).click();
    const trade = page.getByRole("group", { name: "Trade" });
    await trade.getByRole("checkbox", { name: "Russia–India trade turnover russia_india_trade_turnover", exact: true }).check();
    await expect(metrics).toHaveValue("russia_india_trade_turnover");
    await expect(page.getByText(/^Choose from the \d+ metrics \(1 chosen\)$/)).toBeVisible();
    await expectNoSeriousViolations(page);
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
    await expect(page.getByText(/^Version 2, saved /)).toBeVisible();

    // The history shows the link as a change of the Metrics field, from none to the metric, by name.
    await page.getByRole("link", { name: "History" }).click();
    await expect(page).toHaveURL(new RegExp(`/admin/events/${event.id}/history$`));
    const version2 = page.getByRole("article", { name: /^Version 2/ });
    await expect(version2.getByRole("row", { name: /^Metrics/ })).toHaveText(/^Metrics\s*—\s*Russia–India trade turnover$/);

    // The metric's chart marks it now, keyed under the chart with its date.
    await page.goto("/metrics/russia_india_trade_turnover");
    // Charts draw when they come near the screen (lazy-charts.tsx), and the events they mark with them.
    await page.getByRole("figure").first().scrollIntoViewIfNeeded();
    await expect(chartEvents.getByRole("listitem")).toHaveCount(2);
    await expect(chartEvents.getByRole("listitem").filter({ hasText: title })).toContainText("June 2024");
    // And only there: the Suez chart does not.
    await page.goto("/metrics/suez_transits");
    await page.getByRole("figure").first().scrollIntoViewIfNeeded();
    await expect(chartEvents.getByRole("listitem").first()).toBeVisible();
    await expect(chartEvents).not.toContainText(title);
  });
});

test.describe("with a conflict", () => {
  test.use({ allowedApiStatuses: [409] });

  test("a stale form shows the other editor's saved values, then discards or applies mine on top", async ({ page, baseURL }, testInfo) => {
    const title = `E2E conflict event (${testInfo.project.name}, ${Date.now().toString(36)})`;
    const event = await signInAndCreate(page, baseURL!, testInfo.project.name, title);

    await page.goto(`/admin/events/${event.id}`);
    const titleBox = page.getByRole("textbox", { name: "Title", exact: true });
    await expect(titleBox).toHaveValue(title);

    // Another editor corrects the title meanwhile.
    const theirs = `${title} – theirs`;
    const other = await page.request.put(`/api/admin/events/${event.id}`, {
      data: { record: eventInput(theirs), version: event.version },
      headers: { origin: baseURL! },
    });
    expect(other.status()).toBe(200);

    // Saving the stale form writes nothing and shows their values beside mine.
    const mine = `${title} – mine`;
    await titleBox.fill(mine);
    await page.getByRole("button", { name: "Save changes" }).click();
    const conflict = page.getByRole("region", { name: "Another editor saved this event while you were editing" });
    await expect(conflict).toBeVisible();
    await expect(conflict.getByRole("row", { name: /^Title/ })).toContainText(theirs);
    await expect(conflict.getByRole("row", { name: /^Title/ })).toContainText(mine);
    await expect(titleBox).toHaveValue(mine);

    // Discard mine: the form shows their saved version.
    await conflict.getByRole("button", { name: "Discard mine" }).click();
    await expect(conflict).toBeHidden();
    await expect(titleBox).toHaveValue(theirs);
    await expect(page.getByText("Version 2", { exact: true })).toBeVisible();

    // Another conflict, this time applied on top.
    const third = await page.request.put(`/api/admin/events/${event.id}`, {
      data: { record: { ...eventInput(theirs), date: "2033" }, version: 2 },
      headers: { origin: baseURL! },
    });
    expect(third.status()).toBe(200);
    await titleBox.fill(mine);
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(conflict).toBeVisible();
    await conflict.getByRole("button", { name: "Apply mine on top" }).click();
    await expect(conflict).toBeHidden();
    await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
    await expect(page.getByText(/^Version 4, saved /)).toBeVisible();
    await expect(titleBox).toHaveValue(mine);
    await expect(page.getByRole("textbox", { name: "Date", exact: true })).toHaveValue("2032");
  });

  test("deleting an event another editor changed meanwhile shows their version, and deletes theirs only on request", async ({
    page,
    baseURL,
  }, testInfo) => {
    const title = `E2E delete-conflict event (${testInfo.project.name}, ${Date.now().toString(36)})`;
    const event = await signInAndCreate(page, baseURL!, testInfo.project.name, title);
    await page.goto(`/admin/events/${event.id}`);

    const theirs = `${title} – corrected by another editor`;
    const other = await page.request.put(`/api/admin/events/${event.id}`, {
      data: { record: eventInput(theirs), version: 1 },
      headers: { origin: baseURL! },
    });
    expect(other.status()).toBe(200);

    await page.getByRole("button", { name: "Delete…" }).click();
    await page.getByRole("dialog", { name: "Delete this event?" }).getByRole("button", { name: "Delete event" }).click();
    const conflict = page.getByRole("region", { name: "Another editor changed this event before you deleted it" });
    await expect(conflict).toBeVisible();
    await expect(conflict.getByRole("row", { name: /^Title/ })).toContainText(theirs);
    await expect(
      page.getByRole("status").filter({ hasText: "Another editor saved this event after you opened it. Nothing was deleted." }),
    ).toBeVisible();
    await expect(conflict.getByRole("button", { name: "Apply mine on top" })).toHaveCount(0);

    await conflict.getByRole("button", { name: "Delete their version" }).click();
    await expect(page).toHaveURL(new RegExp(`/admin/events\\?deletedId=${event.id}$`));
    created.splice(created.indexOf(event.id), 1);
    const history = (await (await page.request.get(`/api/admin/events/${event.id}/history`)).json()) as {
      deleted: boolean;
      revisions: { action: string }[];
    };
    expect(history.deleted).toBe(true);
    expect(history.revisions.map((revision) => revision.action)).toEqual(["delete", "update", "create"]);
  });
});
