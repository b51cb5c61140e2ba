import { z } from "zod";

// The CSP allows no eval (lib/http/content-security-policy.mjs). Zod 4 probes for it with a caught `new Function`
// when a schema is built, which the browser still reports as a violation; jitless mode skips the probe (and the
// compiled parsers). Next.js runs this file before any of the app's client modules, so it holds however early a
// client module builds a schema (the error page builds the health schema as it loads). The server may compile
// its parsers: imports validate up to 200,000 rows.
z.config({ jitless: true });
