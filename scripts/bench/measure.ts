import { readFile } from "node:fs/promises";
import { gzipSync } from "node:zlib";

// Small, dependency-free measuring tools for the benchmark.

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** Sequential GETs (one connection, like one reader): per-request milliseconds, body fully read. */
export async function timeRequests(url: string, count: number, warmup = 5): Promise<number[]> {
  for (let index = 0; index < warmup; index += 1) await (await fetch(url)).arrayBuffer();
  const samples: number[] = [];
  for (let index = 0; index < count; index += 1) {
    const started = performance.now();
    const response = await fetch(url);
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    samples.push(performance.now() - started);
  }
  return samples;
}

export async function timeAsync(count: number, run: () => Promise<unknown>, warmup = 3): Promise<number[]> {
  for (let index = 0; index < warmup; index += 1) await run();
  const samples: number[] = [];
  for (let index = 0; index < count; index += 1) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  return samples;
}

export async function rssBytes(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) * 1024;
}

/** Samples a process's resident memory every 20 ms while `work` runs; returns the peak. */
export async function peakRss<T>(pid: number, work: () => Promise<T>): Promise<{ result: T; peak: number; before: number }> {
  const before = await rssBytes(pid);
  let peak = before;
  const timer = setInterval(() => {
    rssBytes(pid).then(
      (rss) => (peak = Math.max(peak, rss)),
      () => {},
    );
  }, 20);
  try {
    const result = await work();
    return { result, peak, before };
  } finally {
    clearInterval(timer);
  }
}

/** The JavaScript a first visit to `url` loads (its <script src>), gzip-compressed, in bytes. */
export async function firstLoadJsGzip(baseUrl: string, path: string): Promise<{ bytes: number; files: number }> {
  const html = await (await fetch(`${baseUrl}${path}`)).text();
  const sources = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+\.js[^"]*)"/g)].map((match) => match[1]!))];
  let bytes = 0;
  for (const source of sources) {
    const body = Buffer.from(await (await fetch(new URL(source, baseUrl))).arrayBuffer());
    bytes += gzipSync(body, { level: 9 }).byteLength;
  }
  return { bytes, files: sources.length };
}

export const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;
export const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;
