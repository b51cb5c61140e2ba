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
    expect(text(['1,"a', '\nb"', ',c\n', '2,""', '"x\ny"""', "\n"])).toBe('1,"a\nb",c\r\n2,"""x\ny"""\r\n');
  });

  it("passes multi-byte text through untouched", () => {
    expect(text(["روسیه,Россия,🚂\n"])).toBe("روسیه,Россия,🚂\r\n");
  });
});
