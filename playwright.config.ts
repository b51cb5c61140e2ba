import { defineConfig } from "@playwright/test";

// The end-to-end tests run the production build (`next build` first) twice over: once on the embedded database
// and once on a real PostgreSQL server. `npm test` provides both; see scripts/test.sh.
const runDir = process.env.TEST_RUN_DIR;
const postgresUrl = process.env.E2E_DATABASE_URL;
if (!runDir || !postgresUrl) {
  throw new Error("Run the end-to-end tests through `npm test` (it sets TEST_RUN_DIR and E2E_DATABASE_URL).");
}

// E2E_PORT moves both servers, so two checkouts can run their suites side by side.
const basePort = Number.parseInt(process.env.E2E_PORT ?? "3100", 10);
const ports = { embedded: basePort, postgres: basePort + 1 };
const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  reporter: [["list"]],
  timeout: 30_000,
  use: {
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: chromiumArgs },
    trace: "retain-on-failure",
  },
  projects: [
    { name: "embedded", use: { baseURL: `http://127.0.0.1:${ports.embedded}` } },
    { name: "postgres", use: { baseURL: `http://127.0.0.1:${ports.postgres}` } },
  ],
  webServer: [
    {
      command: `npx next start -H 127.0.0.1 -p ${ports.embedded}`,
      url: `http://127.0.0.1:${ports.embedded}/api/health`,
      env: {
        DATA_DIR: `${runDir}/embedded-data`,
        DATABASE_URL: "",
        COOKIE_SECURE: "false",
        PUBLIC_ORIGIN: `http://127.0.0.1:${ports.embedded}`,
        NEXT_TELEMETRY_DISABLED: "1",
      },
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: "pipe",
    },
    {
      command: `npx next start -H 127.0.0.1 -p ${ports.postgres}`,
      url: `http://127.0.0.1:${ports.postgres}/api/health`,
      env: {
        DATABASE_URL: postgresUrl,
        SESSION_SECRET: "e2e-session-secret-of-at-least-32-characters",
        COOKIE_SECURE: "false",
        PUBLIC_ORIGIN: `http://127.0.0.1:${ports.postgres}`,
        NEXT_TELEMETRY_DISABLED: "1",
      },
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: "pipe",
    },
  ],
});
