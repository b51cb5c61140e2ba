import { describe, expect, it } from "vitest";
import { embedHeightMessage, embedSnippet, isEmbedHeightMessage } from "./embed-protocol";

describe("the embed snippet", () => {
  const snippet = embedSnippet("https://corridor.example.org", "/embed/trend?metric=a&route=b", 'Corridor Watch: "A" & <B>');

  it("frames the embed at its absolute address, titled, with the attribute text escaped", () => {
    expect(snippet).toMatch(
      /^<iframe src="https:\/\/corridor\.example\.org\/embed\/trend\?metric=a&amp;route=b" title="Corridor Watch: &quot;A&quot; &amp; &lt;B>"/,
    );
  });

  it("resizes only from this site's origin, with a script that runs as written", () => {
    const script = /<script>([\s\S]*)<\/script>$/.exec(snippet)![1]!;
    expect(script).not.toContain("<");
    expect(script).toContain(`e.origin!=="https://corridor.example.org"`);
    // It parses as JavaScript: a token the host page's browser would refuse fails here.
    expect(() => new Function(script)).not.toThrow();
  });

  it("reads only well-formed height messages", () => {
    expect(isEmbedHeightMessage({ type: embedHeightMessage, height: 812 })).toBe(true);
    expect(isEmbedHeightMessage({ type: embedHeightMessage, height: "812" })).toBe(false);
    expect(isEmbedHeightMessage({ type: "other", height: 812 })).toBe(false);
    expect(isEmbedHeightMessage(null)).toBe(false);
  });
});
