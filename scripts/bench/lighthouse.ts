// Lighthouse on a page, the way a phone sees it: Lighthouse's default mobile settings (a mid-range phone, simulated
// 4× CPU slowdown and slow 4G), in Debian's Chromium (CHROME_PATH, else /usr/bin/chromium). The median of a few
// runs, since one run on a shared machine varies by several points.
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { type Flags } from "lighthouse";
import { percentile } from "./measure";

// Lighthouse's own "the trace went wrong, please run Lighthouse again" codes: Chromium sometimes drops the trace's
// bookkeeping events on a busy machine (a CI run failed on NO_NAVSTART). Those runs measured nothing, so they are run
// again, a few times at most; any other runtime error fails the benchmark at once.
const traceRecordingCodes = new Set(["NO_NAVSTART", "NO_FCP", "NO_LCP", "NO_TRACING_STARTED", "NO_DCL", "NO_RESOURCE_REQUEST"]);
const attemptsPerRun = 3;

async function runOnce(url: string, flags: Flags) {
  for (let attempt = 1; ; attempt += 1) {
    const result = await lighthouse(url, flags);
    if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
    const { lhr } = result;
    if (!lhr.runtimeError) return lhr;
    const { code, message } = lhr.runtimeError;
    if (!traceRecordingCodes.has(code) || attempt === attemptsPerRun)
      throw new Error(`Lighthouse failed on ${url}: ${message} (after ${attempt} attempts)`);
    console.warn(`  Lighthouse attempt ${attempt} on ${url} recorded no usable trace (${code}); running it again`);
  }
}

export type LighthouseFigures = {
  performance: number;
  tbtMs: number;
  lcpMs: number;
  runs: number;
  quick: boolean;
  /** Each run's total blocking time, in the order run: how widely they spread is part of the result. */
  tbtEach: number[];
};

/**
 * `quick` (the smoke run): one run, no simulated throttling and only the two timing audits, so the code path is
 * exercised in seconds; its numbers say nothing about a phone.
 */
export async function measureLighthouse(url: string, { runs, quick }: { runs: number; quick: boolean }): Promise<LighthouseFigures> {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
    chromeFlags: ["--headless=new", "--no-sandbox"],
  });
  try {
    const samples: { performance: number; tbtMs: number; lcpMs: number }[] = [];
    for (let run = 0; run < runs; run += 1) {
      const flags: Flags = {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance"],
        ...(quick ? { throttlingMethod: "provided" as const, onlyAudits: ["total-blocking-time", "largest-contentful-paint"] } : {}),
      };
      const lhr = await runOnce(url, flags);
      samples.push({
        performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
        tbtMs: lhr.audits["total-blocking-time"]?.numericValue ?? Number.NaN,
        lcpMs: lhr.audits["largest-contentful-paint"]?.numericValue ?? Number.NaN,
      });
    }
    const median = (pick: (sample: (typeof samples)[number]) => number) => percentile(samples.map(pick), 50);
    return {
      performance: median((sample) => sample.performance),
      tbtMs: median((sample) => sample.tbtMs),
      lcpMs: median((sample) => sample.lcpMs),
      runs,
      quick,
      tbtEach: samples.map((sample) => sample.tbtMs),
    };
  } finally {
    chrome.kill();
  }
}
