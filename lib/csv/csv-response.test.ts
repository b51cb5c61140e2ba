import { describe, expect, it } from "vitest";
import { csvFilename, csvResponse } from "./csv-response";

describe("csvResponse", () => {
  it("streams chunks as the client reads them", async () => {
    const produced: number[] = [];
    async function* chunks() {
      for (let index = 0; index < 3; index += 1) {
        produced.push(index);
        yield `row ${index}\r\n`;
      }
    }
    const response = await csvResponse("x.csv", chunks());
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8; header=present");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="x.csv"');
    expect(await response.text()).toBe("row 0\r\nrow 1\r\nrow 2\r\n");
    expect(produced).toEqual([0, 1, 2]);
  });

  it("stops producing when the client cancels (disconnects)", async () => {
    let produced = 0;
    let finished = false;
    async function* endless() {
      try {
        for (;;) {
          produced += 1;
          yield "row\r\n";
        }
      } finally {
        finished = true;
      }
    }
    const reader = (await csvResponse("x.csv", endless())).body!.getReader();
    await reader.read();
    await reader.read();
    await reader.cancel();
    const producedAtCancel = produced;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(finished).toBe(true);
    expect(produced).toBe(producedAtCancel);
    expect(produced).toBeLessThan(5);
  });

  it("reads the header and the first rows before it answers, so a failure there is an error, not a short 200", async () => {
    async function* failing() {
      yield "id,value\r\n";
      throw new Error("Connection terminated unexpectedly");
    }
    await expect(csvResponse("x.csv", failing())).rejects.toThrow("Connection terminated");
  });
});

describe("csvFilename", () => {
  it("names the selection and the day", () => {
    expect(csvFilename("figures", { metric: "transit_time", route: "suez", status: undefined }, new Date("2026-11-28T12:00:00Z"))).toBe(
      "corridor-watch-figures-metric-transit_time-route-suez-2026-11-28.csv",
    );
    expect(csvFilename("figures", {}, new Date("2026-11-28T12:00:00Z"))).toBe("corridor-watch-figures-2026-11-28.csv");
  });
});
