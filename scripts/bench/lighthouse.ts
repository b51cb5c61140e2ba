// Lighthouse on a page, the way a phone sees it: Lighthouse's default mobile settings (a mid-range phone, simulated
// 4× CPU slowdown and slow 4G), in Debian's Chromium (CHROME_PATH, else /usr/bin/chromium). The median of a few
// runs, since one run on a shared machine varies by several points.
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { type Flags } from "lighthouse";
import { percentile } from "./measure";

export type LighthouseFigures = { performance: number; tbtMs: number; lcpMs: number; runs: number; quick: boolean };

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
      const result = await lighthouse(url, flags);
      if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
      const { lhr } = result;
      if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.message}`);
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
    };
  } finally {
    chrome.kill();
  }
}
