import type { APIRequestContext, Page } from "@playwright/test";
import { expect } from "./fixtures";

/**
 * The embedded database has the published demo editor (README, lib/auth/demo-editor.ts, and the sign-in page);
 * on PostgreSQL there is none, and scripts/test.sh creates an editor and exports its credentials.
 */
export function credentials(projectName: string): { email: string; password: string } {
  if (projectName === "embedded") return { email: "demo@corridor.watch", password: "corridor-demo-editor" };
  const email = process.env.E2E_EDITOR_EMAIL;
  const password = process.env.E2E_EDITOR_PASSWORD;
  if (!email || !password) {
    throw new Error(`The ${projectName} project needs an editor: set E2E_EDITOR_EMAIL and E2E_EDITOR_PASSWORD (scripts/test.sh does).`);
  }
  return { email, password };
}

/** Signs in through the form, as an editor would. */
export async function signInThroughForm(page: Page, projectName: string) {
  const { email, password } = credentials(projectName);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export async function signInThroughApi(request: APIRequestContext, baseURL: string, projectName: string) {
  const response = await request.post("/api/auth/sign-in", { data: credentials(projectName), headers: { origin: baseURL } });
  expect(response.status(), "signing in through the API").toBe(200);
}
