import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { zipStream, type ZipEntry } from "./zip-stream";

async function collect(chunks: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const chunk of chunks) parts.push(chunk);
  return Buffer.concat(parts);
}

const rows = (count: number) =>
  async function* () {
    yield "id,text\r\n";
    for (let index = 0; index < count; index += 1) yield `${index},"row ${index}, Россия 🚂"\r\n`;
  };

describe("zipStream", () => {
  it("writes a zip whose files hold exactly what was streamed into them, text and bytes", async () => {
    const bytes = new Uint8Array([0, 1, 2, 255]);
    const entries: ZipEntry[] = [
      { name: "a.csv", chunks: rows(20_000) },
      { name: "empty.txt", chunks: async function* () {} },
      {
        name: "bytes.bin",
        chunks: async function* () {
          yield bytes;
        },
      },
    ];
    const files = unzipSync(await collect(zipStream(entries)));
    expect(Object.keys(files)).toEqual(["a.csv", "empty.txt", "bytes.bin"]);
    let expected = "";
    for await (const chunk of rows(20_000)()) expected += chunk;
    expect(strFromU8(files["a.csv"]!)).toBe(expected);
    expect(files["empty.txt"]!.byteLength).toBe(0);
    expect([...files["bytes.bin"]!]).toEqual([...bytes]);
  });

  it("reads the files only as fast as the archive is read, and stops reading when the reader stops", async () => {
    let produced = 0;
    let closed = false;
    let secondStarted = false;
    const entries: ZipEntry[] = [
      {
        name: "endless.csv",
        chunks: async function* () {
          try {
            for (;;) {
              produced += 1;
              yield `${"x".repeat(1000)}${produced}\r\n`;
            }
          } finally {
            closed = true;
          }
        },
      },
      {
        name: "second.csv",
        chunks: async function* () {
          secondStarted = true;
          yield "never";
        },
      },
    ];
    const archive = zipStream(entries);
    for (let read = 0; read < 3; read += 1) await archive.next();
    await archive.return(undefined);
    expect(closed).toBe(true);
    expect(secondStarted).toBe(false);
    expect(produced).toBeLessThan(1_000);
  });
});
