import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { expectNoSeriousViolations } from "./axe";
import { expect, test } from "./fixtures";

// Charts that travel: every chart offers CSV, SVG, PNG and Embed from one state; the PNG is a print-sized PNG, the SVG
// carries title and sources; a trend's follow the reader's view; an embed framed by another site resizes its iframe
// to its content; pages name their social card, a 1200 × 630 PNG.

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk, which follows the signature and the chunk's length and type. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).equals(pngSignature), "PNG signature").toBe(true);
  expect(png.subarray(12, 16).toString("latin1")).toBe("IHDR");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

test("every chart on the overview and a metric page links its CSV, SVG, PNG and embed of the same state", async ({ page, request }) => {
  for (const path of ["/", "/metrics/russia_iran_trade_turnover", "/routes/instc-west"]) {
    await page.goto(path);
    const frames = page.getByRole("figure").filter({ has: page.getByRole("link", { name: /^SVG/ }) });
    await expect(frames.first(), path).toBeVisible();
    const count = await frames.count();
    expect(count, path).toBeGreaterThan(0);
    for (let index = 0; index < count; index += 1) {
      const frame = frames.nth(index);
      const svg = await frame.getByRole("link", { name: /^SVG/ }).getAttribute("href");
      const png = await frame.getByRole("link", { name: /^PNG/ }).getAttribute("href");
      await expect(frame.getByText("Embed", { exact: true })).toBeVisible();
      const query = svg!.slice(svg!.indexOf("?"));
      expect(png, path).toBe(svg!.replace(".svg?", ".png?"));
      // The CSV names the same selection: the trend's filter as it is, the comparison's measure as its path.
      const csv = await frame.getByRole("link", { name: "Download CSV" }).getAttribute("href");
      if (svg!.startsWith("/api/images/trend.svg")) expect(csv).toBe(`/api/csv/figures${query}`);
      else expect(csv).toBe(`/api/csv/comparison/${new URLSearchParams(query).get("measure")}`);
    }
    // The map (overview and route pages) offers its images and embed too; it has no CSV, as it draws no figures.
    const maps = path.startsWith("/metrics/") ? 0 : 1;
    await expect(page.getByRole("link", { name: "PNG image of this chart" }), path).toHaveCount(count + maps);
    await expect(page.locator('a[href^="/api/images/map.png"]'), path).toHaveCount(maps);
  }

  const svgHref = await page
    .getByRole("figure")
    .filter({ has: page.getByRole("link", { name: /^SVG/ }) })
    .first()
    .getByRole("link", { name: /^SVG/ })
    .getAttribute("href");
  const svg = await request.get(svgHref!);
  expect(svg.status()).toBe(200);
  expect(svg.headers()["content-type"]).toContain("image/svg+xml");
  const text = await svg.text();
  const title = /<title id="cw-image-title">([^<]+)<\/title>/.exec(text)?.[1];
  expect(title).toBeTruthy();
  expect(text).toMatch(/Sources?: [^<]+\(as of [^<]+\)/);
  expect(text).toContain("CC BY 4.0");
  expect(text).toContain("/routes/instc-west");
});

test("PNG downloads are PNGs 2400 pixels wide, drawn at twice the SVG's size", async ({ request }) => {
  for (const query of ["comparison?measure=transit_time", "trend?metric=russia_iran_trade_turnover", "map?route=instc-west"]) {
    const [chart, state] = query.split("?") as [string, string];
    const png = await request.get(`/api/images/${chart}.png?${state}`);
    expect(png.status(), query).toBe(200);
    expect(png.headers()["content-type"]).toBe("image/png");
    const size = pngSize(await png.body());
    const svg = await (await request.get(`/api/images/${chart}.svg?${state}`)).text();
    const [, width, height] = /^<svg[^>]* width="(\d+)" height="(\d+)"/.exec(svg)!;
    expect(size, query).toEqual({ width: 2 * Number(width), height: 2 * Number(height) });
    expect(size.width).toBe(2400);
  }
  const bad = await request.get("/api/images/trend.png?metric=no_such_metric");
  expect(bad.status()).toBe(400);
  expect(await bad.json()).toMatchObject({ issues: ["There is no metric called “no_such_metric”"] });
});

test("an embed framed by another site resizes its iframe to its content, and has no site chrome", async ({ page, baseURL }) => {
  await page.goto("/metrics/azerbaijan_instc_transit");
  const frame = page
    .getByRole("figure")
    .filter({ has: page.getByRole("link", { name: /^SVG/ }) })
    .first();
  await frame.getByText("Embed", { exact: true }).click();
  const snippet = frame.getByRole("textbox");
  await expect(snippet).toHaveValue(new RegExp(`^<iframe src="${baseURL}/embed/trend\\?metric=azerbaijan_instc_transit"`));

  // A page of another origin, holding exactly the snippet a reader would copy. Served for real (on a port the system
  // picks), since Chromium refuses to frame a loopback address in a page a test made up without an address of its own.
  const code = await snippet.inputValue();
  const host = createServer((_request, response) => {
    response.setHeader("Content-Type", "text/html; charset=utf-8");
    response.end(`<!doctype html><html lang="en"><title>Host</title><body><h1>An article</h1>${code}<p>After the chart</p></body></html>`);
  });
  await new Promise<void>((resolve) => host.listen(0, "127.0.0.1", resolve));
  page.on("close", () => host.close());
  const { port } = host.address() as AddressInfo;
  await page.goto(`http://localhost:${port}/article`);
  const iframe = page.locator("iframe");
  const embedded = page.frameLocator("iframe");
  await expect(embedded.getByRole("heading", { level: 2 })).toContainText("North–South transit through Azerbaijan");
  await expect(embedded.getByRole("banner")).toHaveCount(0);
  await expect(embedded.getByRole("contentinfo")).toHaveCount(0);
  await expect(embedded.getByRole("link", { name: "See this chart on Corridor Watch" })).toHaveAttribute(
    "href",
    "/metrics/azerbaijan_instc_transit",
  );

  // The snippet's 640 px give way to the content's height, and follow it when the table opens.
  const height = async () => (await iframe.boundingBox())!.height;
  // Polled: the chart draws when it nears the screen (lazy-charts.tsx), so the content grows once more after load.
  const contentHeight = () => embedded.locator("main").evaluate((main) => Math.ceil(main.getBoundingClientRect().bottom));
  await expect.poll(height).not.toBe(640);
  await expect.poll(async () => Math.abs((await height()) - (await contentHeight()))).toBeLessThanOrEqual(2);
  const closed = await height();
  await embedded.getByText("Show the numbers as a table").click();
  await expect.poll(height).toBeGreaterThan(closed + 50);
});

test("only embeds may be framed by other sites; an embed page passes axe at 375 and 1280 px", async ({ page, request }) => {
  const embed = await request.get("/embed/comparison?measure=distance");
  expect(embed.headers()["content-security-policy"]).toContain("frame-ancestors *");
  for (const path of ["/", "/metrics/russia_iran_trade_turnover"]) {
    expect((await request.get(path)).headers()["content-security-policy"], path).toContain("frame-ancestors 'self'");
  }
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/embed/comparison?measure=distance");
    await expect(page.getByRole("heading", { level: 2 })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `no sideways scroll at ${width}`).toBe(
      true,
    );
    await expectNoSeriousViolations(page);
  }
  await page.goto("/embed/map?route=instc-west");
  await expect(page.getByRole("heading", { level: 1, name: "Where the INSTC western route runs" })).toBeVisible();
  await expectNoSeriousViolations(page);
  // A state that cannot be drawn says why.
  await page.goto("/embed/trend?metric=no_such_metric");
  await expect(page.getByText("There is no metric called “no_such_metric”")).toBeVisible();
});

test("pages name their social card, their chart as a 1200 × 630 PNG, at an absolute address", async ({ page, request }) => {
  const slug = "russia_iran_trade_turnover";
  for (const [path, image] of [
    ["/", "/api/images/map.card.png"],
    ["/routes/instc-west", "/api/images/map.card.png?route=instc-west"],
    [`/metrics/${slug}`, `/api/images/trend.card.png?metric=${slug}`],
    // A shared view of a chart previews as that view.
    [`/metrics/${slug}?${slug}.since=2021&${slug}.scale=log`, `/api/images/trend.card.png?metric=${slug}&since=2021&scale=log`],
    ["/figures", "/api/images/map.card.png"],
    ["/embed/comparison?measure=transit_time", "/api/images/comparison.card.png?measure=transit_time"],
  ] as const) {
    await page.goto(path);
    const og = await page.locator('meta[property="og:image"]').getAttribute("content");
    const twitter = await page.locator('meta[name="twitter:image"]').getAttribute("content");
    expect(new URL(og!).pathname + new URL(og!).search, path).toBe(image);
    expect(twitter, path).toBe(og);
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
    await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute("content", "1200");
    await expect(page.locator('meta[property="og:image:height"]')).toHaveAttribute("content", "630");
    const card = await request.get(new URL(og!).pathname + new URL(og!).search);
    expect(card.status(), path).toBe(200);
    expect(card.headers()["content-type"]).toBe("image/png");
    expect(pngSize(await card.body()), path).toEqual({ width: 1200, height: 630 });
  }
});

test("a trend's PNG, SVG, embed and CSV follow the view the reader sets, and the image draws it", async ({ page, request }) => {
  const slug = "russia_iran_trade_turnover";
  await page.goto(`/metrics/${slug}`);
  // A chart draws (and shows its view controls) once it comes near the screen: bring the trend there first.
  await page.getByRole("region", { name: "Over time" }).getByRole("figure").first().scrollIntoViewIfNeeded();
  const chart = page
    .getByRole("figure")
    .filter({ has: page.getByRole("form", { name: "Chart view" }) })
    .first();
  await chart.scrollIntoViewIfNeeded();
  const controls = chart.getByRole("form", { name: "Chart view" });
  const svgLink = chart.getByRole("link", { name: /^SVG/ });
  await expect(svgLink).toHaveAttribute("href", `/api/images/trend.svg?metric=${slug}`);
  const plainSvg = await (await request.get(`/api/images/trend.svg?metric=${slug}`)).text();

  await controls.getByLabel("From").selectOption("2021");
  await controls.getByRole("radio", { name: "Log" }).check();
  const state = `metric=${slug}&since=2021&scale=log`;
  await expect(svgLink).toHaveAttribute("href", `/api/images/trend.svg?${state}`);
  await expect(chart.getByRole("link", { name: /^PNG/ })).toHaveAttribute("href", `/api/images/trend.png?${state}`);
  await expect(chart.getByRole("link", { name: /^Download CSV/ })).toHaveAttribute("href", `/api/csv/trend/${slug}?since=2021&scale=log`);
  await chart.getByText("Embed", { exact: true }).click();
  // In the snippet the address is an attribute, its "&" written "&amp;".
  await expect(chart.getByRole("textbox")).toHaveValue(new RegExp(`/embed/trend\\?${state.replaceAll("&", "&amp;")}"`));

  // The SVG draws the view: named under its title, fewer points than the plain chart, on a log axis.
  const svg = await (await request.get(`/api/images/trend.svg?${state}`)).text();
  expect(svg).toMatch(/; from 2021; log scale</);
  const points = (text: string) => text.match(/class="cw-point"/g)?.length ?? 0;
  expect(points(svg)).toBeGreaterThan(0);
  expect(points(svg)).toBeLessThan(points(plainSvg));
  expect(svg).toContain(`/metrics/${slug}?${slug}.since=2021&amp;${slug}.scale=log`);
  const png = await request.get(`/api/images/trend.png?${state}`);
  expect(png.status()).toBe(200);
  expect(pngSize(await png.body()).width).toBe(2400);

  // The embed opens in that view, and its own links carry it.
  await page.goto(`/embed/trend?${state}`);
  const embedded = page.getByRole("form", { name: "Chart view" });
  await expect(embedded.getByLabel("From")).toHaveValue("2021");
  await expect(embedded.getByRole("radio", { name: "Log" })).toBeChecked();
  await expect(page.getByRole("link", { name: /^SVG/ })).toHaveAttribute("href", `/api/images/trend.svg?${state}`);
  await expect(page.getByRole("link", { name: "See this chart on Corridor Watch" })).toHaveAttribute(
    "href",
    `/metrics/${slug}?${slug}.since=2021&${slug}.scale=log`,
  );
  // A bad view is refused by the image as by the CSV, in the same words.
  const bad = await request.get(`/api/images/trend.svg?metric=${slug}&scale=cubic`);
  expect(bad.status()).toBe(400);
  expect(await bad.json()).toMatchObject({ issues: ["“cubic” is not a scale: choose linear or log"] });
});
