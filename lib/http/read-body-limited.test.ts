import { describe, expect, it } from "vitest";
import { readBodyLimited } from "./read-body-limited";

function stream(chunks: number[], onCancel?: () => void): ReadableStream<Uint8Array> {
  let index = 0;
  return new ReadableStream({
    pull(controller) {
      if (index < chunks.length) controller.enqueue(new Uint8Array(chunks[index++]!).fill(65));
      else controller.close();
    },
    cancel: onCancel,
  });
}

describe("readBodyLimited", () => {
  it("returns the whole body when it fits", async () => {
    expect((await readBodyLimited(stream([3, 4]), 7))?.byteLength).toBe(7);
  });

  it("refuses a body past the limit and stops reading it", async () => {
    let cancelled = false;
    expect(
      await readBodyLimited(
        stream([5, 5, 5, 5], () => (cancelled = true)),
        9,
      ),
    ).toBeNull();
    expect(cancelled).toBe(true);
  });

  it("reads a missing body as empty", async () => {
    expect((await readBodyLimited(null, 10))?.byteLength).toBe(0);
  });
});
