// PostgreSQL's COPY … CSV ends records with LF; the export format (RFC 4180) ends them with CRLF. A line break
// inside a quoted cell is data and stays as it is, so the converter tracks quotes across chunks: inside a
// quoted cell a quote character toggles the state twice for an escaped "" and once at the cell's end.
// It jumps from quote to quote and line break to line break with Buffer.indexOf, which runs in native code.

const QUOTE = 0x22;
const LF = 0x0a;
const CRLF = Buffer.from("\r\n");

export class CrlfRecordConverter {
  private inQuotes = false;

  convert(chunk: Uint8Array): Uint8Array {
    const buffer = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    const parts: Buffer[] = [];
    let start = 0;
    let position = 0;
    let nextQuote = buffer.indexOf(QUOTE, 0);
    while (position < buffer.length) {
      if (this.inQuotes) {
        if (nextQuote === -1) break;
        this.inQuotes = false;
        position = nextQuote + 1;
        nextQuote = buffer.indexOf(QUOTE, position);
        continue;
      }
      const nextBreak = buffer.indexOf(LF, position);
      if (nextBreak !== -1 && (nextQuote === -1 || nextBreak < nextQuote)) {
        parts.push(buffer.subarray(start, nextBreak), CRLF);
        start = position = nextBreak + 1;
      } else if (nextQuote !== -1) {
        this.inQuotes = true;
        position = nextQuote + 1;
        nextQuote = buffer.indexOf(QUOTE, position);
      } else break;
    }
    if (parts.length === 0) return chunk;
    parts.push(buffer.subarray(start));
    return Buffer.concat(parts);
  }
}
