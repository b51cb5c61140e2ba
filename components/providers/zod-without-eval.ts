import { z } from "zod";

// The CSP allows no eval (lib/http/content-security-policy.mjs). Zod 4 probes for it with a caught `new Function`,
// which the browser still reports as a violation; jitless mode skips the probe (and the compiled parsers). In the
// browser only: the server may compile its parsers (imports validate up to 200,000 rows).
if (typeof window !== "undefined") z.config({ jitless: true });
