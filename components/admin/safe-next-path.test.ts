import { describe, expect, it } from "vitest";
import { safeNextPath, signInPath } from "./safe-next-path";

describe("safeNextPath", () => {
  it("follows paths under /admin, with their query", () => {
    expect(safeNextPath("/admin/figures/12")).toBe("/admin/figures/12");
    expect(safeNextPath("/admin/figures?metric=route_length&page=2")).toBe("/admin/figures?metric=route_length&page=2");
    expect(safeNextPath("/admin")).toBe("/admin");
  });

  it("refuses other sites, other sections and tricks", () => {
    for (const next of [
      "https://evil.example/admin",
      "//evil.example/admin",
      "/\\evil.example",
      "/figures",
      "/administrator",
      "/admin/../figures",
      "/admin/sign-in?next=/admin",
      "admin/figures",
      "javascript:alert(1)",
      "",
      null,
      undefined,
    ]) {
      expect(safeNextPath(next), String(next)).toBe("/admin/figures");
    }
  });

  it("takes the first of repeated parameters", () => {
    expect(safeNextPath(["/admin/figures/3", "https://evil.example"])).toBe("/admin/figures/3");
  });
});

describe("signInPath", () => {
  it("carries the page to come back to", () => {
    expect(signInPath("/admin/figures/7/history")).toBe("/admin/sign-in?next=%2Fadmin%2Ffigures%2F7%2Fhistory");
    expect(signInPath("/admin/figures")).toBe("/admin/sign-in");
  });
});
