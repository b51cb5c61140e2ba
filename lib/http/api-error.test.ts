import { describe, expect, it } from "vitest";
import { ApiError, apiErrorResponse, badRequest } from "./api-error";
import { ApiErrorSchema } from "./api-error-schema";

describe("the API's error envelope", () => {
  it("always carries code, message, issues and fieldErrors, and the schema the OpenAPI document shows accepts it", async () => {
    const response = badRequest("Invalid filter", ["There is no route called “nowhere”"]);
    expect(response.status).toBe(400);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body: unknown = await response.json();
    expect(body).toEqual({
      code: "bad_request",
      message: "Invalid filter",
      issues: ["There is no route called “nowhere”"],
      fieldErrors: {},
    });
    expect(ApiErrorSchema.parse(body)).toEqual(body);
  });

  it("keeps field errors by field, drops absent ones, and keeps the status's headers and the details beside the envelope", async () => {
    const response = apiErrorResponse(409, "Saved meanwhile", {
      fieldErrors: { slug: ["Taken"], note: undefined },
      headers: { "Retry-After": "5" },
      details: { current: { version: 3 } },
    });
    expect(response.status).toBe(409);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(await response.json()).toEqual({
      code: "conflict",
      message: "Saved meanwhile",
      issues: [],
      fieldErrors: { slug: ["Taken"] },
      current: { version: 3 },
    });
  });

  it("cannot be overwritten by a detail of the same name", () => {
    expect(new ApiError(404, "Gone", { details: { code: "ok", message: "fine" } }).body()).toMatchObject({
      code: "not_found",
      message: "Gone",
    });
  });
});
