import { describe, expect, it } from "vitest";
import { isNotModified, notModified, validatorOf } from "./validators";

const inputs = {
  changes: 41n,
  changedAt: new Date("2026-12-02T10:15:30.250Z"),
  today: "2026-12-02",
  builtAt: new Date("2026-12-01T08:00:00Z"),
};
const validator = validatorOf(inputs);
const headers = (init: Record<string, string>) => new Headers(init);

describe("the public API's validators", () => {
  it("change with every write, with the day (outcomes are decided against it) and with the build", () => {
    expect(validatorOf({ ...inputs, changes: 42n }).etag).not.toBe(validator.etag);
    expect(validatorOf({ ...inputs, today: "2026-12-03" }).etag).not.toBe(validator.etag);
    expect(validatorOf({ ...inputs, builtAt: new Date("2026-12-02T11:00:00Z") }).etag).not.toBe(validator.etag);
    expect(validatorOf({ ...inputs }).etag).toBe(validator.etag);
    expect(validator.etag).toMatch(/^W\/"[^"]+"$/);
  });

  it("date the response by the latest of the last write, the day's start and the build, in whole seconds", () => {
    expect(validator.lastModified.toISOString()).toBe("2026-12-02T10:15:30.000Z");
    expect(validatorOf({ ...inputs, changedAt: new Date("2026-11-30T00:00:00Z") }).lastModified.toISOString()).toBe(
      "2026-12-02T00:00:00.000Z",
    );
    expect(validatorOf({ ...inputs, builtAt: new Date("2026-12-02T12:00:00Z") }).lastModified.toISOString()).toBe(
      "2026-12-02T12:00:00.000Z",
    );
    expect(validatorOf({ ...inputs, changedAt: null }).lastModified.toISOString()).toBe("2026-12-02T00:00:00.000Z");
  });

  it("answer 304 to a matching If-None-Match, weak or strong, in a list, or *", () => {
    expect(isNotModified(headers({ "if-none-match": validator.etag }), validator)).toBe(true);
    expect(isNotModified(headers({ "if-none-match": validator.etag.slice(2) }), validator)).toBe(true);
    expect(isNotModified(headers({ "if-none-match": `"other", ${validator.etag}` }), validator)).toBe(true);
    expect(isNotModified(headers({ "if-none-match": "*" }), validator)).toBe(true);
    expect(isNotModified(headers({ "if-none-match": 'W/"40-2026-12-02-x"' }), validator)).toBe(false);
    expect(isNotModified(headers({ "if-none-match": "garbage" }), validator)).toBe(false);
    expect(isNotModified(headers({}), validator)).toBe(false);
  });

  it("read If-Modified-Since only without If-None-Match, and only when it is a date", () => {
    const at = (iso: string) => new Date(iso).toUTCString();
    expect(isNotModified(headers({ "if-modified-since": at("2026-12-02T10:15:30Z") }), validator)).toBe(true);
    expect(isNotModified(headers({ "if-modified-since": at("2026-12-02T11:00:00Z") }), validator)).toBe(true);
    expect(isNotModified(headers({ "if-modified-since": at("2026-12-02T10:15:29Z") }), validator)).toBe(false);
    expect(isNotModified(headers({ "if-modified-since": "yesterday" }), validator)).toBe(false);
    // A stale entity tag is not rescued by a recent date.
    expect(isNotModified(headers({ "if-none-match": '"stale"', "if-modified-since": at("2027-01-01T00:00:00Z") }), validator)).toBe(false);
  });

  it("send 304 with no body and the validators", async () => {
    const response = notModified(validator);
    expect(response.status).toBe(304);
    expect(response.headers.get("etag")).toBe(validator.etag);
    expect(response.headers.get("last-modified")).toBe("Wed, 02 Dec 2026 10:15:30 GMT");
    expect(response.headers.get("cache-control")).toBe("no-cache");
    expect(await response.text()).toBe("");
  });
});
