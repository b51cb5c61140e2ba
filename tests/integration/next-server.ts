import { spawn } from "node:child_process";
import { createServer } from "node:net";

// Starts the production build (`next build` must have run) the way `npm start` serves it, for tests of what
// happens at start-up.

export const testSessionSecret = "test-session-secret-of-at-least-32-characters";

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export type RunningServer = { url: string; pid: number; stop: () => Promise<void>; stderr: () => string };
export type FailedStart = { exitCode: number | null; stderr: string };

/** Starts `next start`; resolves once /api/health answers, or with the exit code if the server stops first. */
export async function startNext(env: Record<string, string>): Promise<RunningServer | FailedStart> {
  const port = await freePort();
  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-H", "127.0.0.1", "-p", String(port)], {
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: "",
      SESSION_SECRET: testSessionSecret,
      COOKIE_SECURE: "false",
      PUBLIC_ORIGIN: `http://127.0.0.1:${port}`,
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.resume();
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    const outcome = await Promise.race([
      exited.then((code) => ({ code })),
      new Promise<null>((resolve) => setTimeout(() => resolve(null), 250)),
    ]);
    if (outcome) return { exitCode: outcome.code, stderr };
    const healthy = await fetch(`${url}/api/health`).then(
      (response) => response.status !== 404,
      () => false,
    );
    if (healthy) break;
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`next start did not answer within 60 s; stderr: ${stderr}`);
    }
  }
  return {
    url,
    pid: child.pid!,
    stderr: () => stderr,
    stop: async () => {
      child.kill("SIGTERM");
      await exited;
    },
  };
}

export function isRunning(result: RunningServer | FailedStart): result is RunningServer {
  return "url" in result;
}

/** Runs an npx command (a project script) with extra environment and stdin; resolves with its exit code and output. */
export function runCommand(command: string[], env: Record<string, string>, input = ""): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn("npx", command, { env: { ...process.env, ...env }, stdio: ["pipe", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stdin.end(input);
    child.once("exit", (code) => resolve({ code, output }));
  });
}

/** startNext for tests that need the server: it, or an error carrying the server's stderr. */
export async function startServer(env: Record<string, string>): Promise<RunningServer> {
  const started = await startNext(env);
  if (!isRunning(started)) throw new Error(`server did not start: ${started.stderr}`);
  return started;
}

/** The Cookie header for the session cookies a response sets. */
export const sessionCookieOf = (response: Response) =>
  response.headers
    .getSetCookie()
    .map((value) => value.split(";")[0])
    .join("; ");

/** Signs in through the API as a browser would (same origin); the session's Cookie header, or an error. */
export async function signInCookie(server: RunningServer, credentials: { email: string; password: string }): Promise<string> {
  const response = await fetch(`${server.url}/api/auth/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: server.url },
    body: JSON.stringify(credentials),
  });
  if (response.status !== 200) throw new Error(`sign-in answered ${response.status}: ${await response.text()}`);
  return sessionCookieOf(response);
}
