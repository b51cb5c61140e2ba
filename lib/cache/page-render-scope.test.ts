import { describe, expect, it } from "vitest";
import { asPartOfPage, noteDatabaseRead, recordingPageRender, type PageRender } from "./page-render-scope";

const render = (): PageRender => ({ tags: new Set(), readUncached: false });

describe("what a page read while it rendered", () => {
  it("collects the tags of its cached reads, and a database read inside one leaves the page storable", async () => {
    const scope = render();
    await recordingPageRender(scope, async () => {
      await asPartOfPage(["metric:a", "routes"], async () => noteDatabaseRead());
      await Promise.all([asPartOfPage(["metric:b"], async () => {}), asPartOfPage(["routes"], async () => {})]);
    });
    expect([...scope.tags].sort()).toEqual(["metric:a", "metric:b", "routes"]);
    expect(scope.readUncached).toBe(false);
  });

  it("marks the page unfit to store when it reaches the database outside a cached read", async () => {
    const scope = render();
    await recordingPageRender(scope, async () => {
      await asPartOfPage(["routes"], async () => {});
      await new Promise((resolve) => setTimeout(resolve, 1));
      noteDatabaseRead();
    });
    expect(scope.readUncached).toBe(true);
  });

  it("records nothing for work outside a page's render", async () => {
    const scope = render();
    await recordingPageRender(scope, async () => {});
    await asPartOfPage(["metric:c"], async () => noteDatabaseRead());
    noteDatabaseRead();
    expect(scope).toEqual(render());
  });
});
