// The CSP allows no eval (lib/http/content-security-policy.mjs). Zod 4 probes for it with a caught `new Function`
// when a schema is built, which the browser still reports as a violation; jitless mode skips the probe (and the
// compiled parsers). Next.js runs this file before any of the app's client modules, so it holds however early a
// client module builds a schema. The server may compile its parsers: imports validate up to 200,000 rows.
//
// Set where zod reads its configuration (`globalThis.__zod_globalConfig`, which zod/v4/core adopts when it loads),
// not through `z.config`: importing zod here put all of it in every page's first JavaScript, and a phone spent a
// fifth of a second starting it on pages that never build a schema. e2e/security-headers.spec.ts fails on the
// probe's violation if zod stops reading it.
const zodConfigured = globalThis as typeof globalThis & { __zod_globalConfig?: { jitless?: boolean } };
zodConfigured.__zod_globalConfig = { ...zodConfigured.__zod_globalConfig, jitless: true };
