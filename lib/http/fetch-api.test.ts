import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ApiError, apiErrorResponse } from "./api-error";
import { readApiAnswer } from "./fetch-api";

const Answer = z.object({ record: z.object({ id: z.number() }) });

function thrown(run: () => unknown): ApiError {
  try {
    run();
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error("nothing was thrown");
}

describe("reading an API answer", () => {
  it("parses a 2xx with the handler's schema, dropping nothing the schema names", () => {
    expect(readApiAnswer(201, { record: { id: 7 } }, Answer)).toEqual({ record: { id: 7 } });
  });

  it("refuses a 2xx in another shape instead of trusting it", () => {
    const error = thrown(() => readApiAnswer(200, { record: { id: "7" } }, Answer));
    expect(error).toMatchObject({ status: 200, code: "server_error", issues: [expect.stringMatching(/^record\.id: /)] });
  });

  it("turns the server's envelope back into the ApiError it was, with what came beside it as details", async () => {
    const sent = apiErrorResponse(409, "Saved meanwhile", { fieldErrors: { slug: ["Taken"] }, details: { current: { version: 3 } } });
    const body: unknown = await sent.json();
    expect(thrown(() => readApiAnswer(409, body, Answer))).toMatchObject({
      status: 409,
      code: "conflict",
      message: "Saved meanwhile",
      issues: [],
      fieldErrors: { slug: ["Taken"] },
      details: { current: { version: 3 } },
    });
  });

  it("words an answer that is not the app's (a proxy's error page) by its status", () => {
    expect(thrown(() => readApiAnswer(502, null, Answer))).toMatchObject({
      status: 502,
      code: "server_error",
      message: "The server answered 502",
    });
  });
});
