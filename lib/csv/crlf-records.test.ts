import { describe, expect, it } from "vitest";
import { CrlfRecordConverter } from "./crlf-records";

const text = (chunks: string[]) => {
  const converter = new CrlfRecordConverter();
  const decoder = new TextDecoder();
  return chunks.map((chunk) => decoder.decode(converter.convert(new TextEncoder().encode(chunk)))).join("");
};

describe("CrlfRecordConverter", () => {
  it("ends records with CRLF and leaves line breaks inside quoted cells alone", () => {
    expect(text(['1,"a\nb",c\n2,"say ""hi""\n",d\n'])).toBe('1,"a\nb",c\r\n2,"say ""hi""\n",d\r\n');
  });

  it("keeps track of quotes across chunk boundaries", () => {
    expect(text(['1,"a', '\nb"', ",c\n", '2,""', '"x\ny"""', "\n"])).toBe('1,"a\nb",c\r\n2,"""x\ny"""\r\n');
  });

  it("passes multi-byte text through untouched", () => {
    expect(text(["روسیه,Россия,🚂\n"])).toBe("روسیه,Россия,🚂\r\n");
  });
});

describe("CrlfRecordConverter on any chunking", () => {
  /** The rule spelled out one character at a time, to check the fast converter against. */
  function reference(input: string): string {
    let inQuotes = false;
    let out = "";
    for (const character of input) {
      if (character === '"') inQuotes = !inQuotes;
      out += character === "\n" && !inQuotes ? "\r\n" : character;
    }
    return out;
  }

  it("matches the character-by-character rule for random records split at random points", () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 200; round += 1) {
      const cells = Array.from({ length: 30 }, () => {
        const raw = Array.from({ length: Math.floor(random() * 8) }, () => ["a", "\n", '"', ",", "é", "🚂"][Math.floor(random() * 6)]).join(
          "",
        );
        return /[",\n]/.test(raw) ? `"${raw.replaceAll('"', '""')}"` : raw;
      });
      const input = cells.map((cell, index) => cell + (index % 5 === 4 ? "\n" : ",")).join("");
      const bytes = new TextEncoder().encode(input);
      const converter = new CrlfRecordConverter();
      const pieces: Uint8Array[] = [];
      for (let start = 0; start < bytes.length;) {
        const end = Math.min(bytes.length, start + 1 + Math.floor(random() * 20));
        pieces.push(converter.convert(bytes.subarray(start, end)));
        start = end;
      }
      expect(Buffer.concat(pieces).toString("utf8")).toBe(reference(input));
    }
  });
});
