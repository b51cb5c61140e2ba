import { describe, expect, it } from "vitest";
import { withoutParenthetical } from "./without-parenthetical";

describe("withoutParenthetical", () => {
  it("drops a closing parenthetical and the space before it", () => {
    expect(withoutParenthetical("Middle Corridor (Trans-Caspian International Transport Route)")).toBe("Middle Corridor");
    expect(withoutParenthetical("UrduPoint (quoting Vyacheslav Volodin)  ")).toBe("UrduPoint");
    expect(withoutParenthetical("A (b) c (d)")).toBe("A");
  });

  it("keeps text without one", () => {
    expect(withoutParenthetical("INSTC western branch")).toBe("INSTC western branch");
    expect(withoutParenthetical("CEPA (Europe's Edge) report")).toBe("CEPA (Europe's Edge) report");
    expect(withoutParenthetical("a (b\nc)")).toBe("a (b\nc)");
  });

  it("answers as the pattern it replaces did", () => {
    const samples = ["x (y)", "(y)", "x(y)", "x (y) ", "x (y", "x y)", "x ((y))", "x (a) (b)", " (a)"];
    for (const sample of samples) expect(withoutParenthetical(sample), sample).toBe(sample.replace(/\s*\(.*\)\s*$/, ""));
  });
});
