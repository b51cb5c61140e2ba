// PostgreSQL's COPY … CSV ends records with LF; the export format (RFC 4180) ends them with CRLF. A line break
// inside a quoted cell is data and stays as it is, so the converter tracks quotes across chunks: inside a
// quoted cell a quote character toggles the state twice for an escaped "" and once at the cell's end.

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

export class CrlfRecordConverter {
  private inQuotes = false;

  convert(chunk: Uint8Array): Uint8Array {
    let breaks = 0;
    let inQuotes = this.inQuotes;
    for (const byte of chunk) {
      if (byte === QUOTE) inQuotes = !inQuotes;
      else if (byte === LF && !inQuotes) breaks += 1;
    }
    if (breaks === 0) {
      this.inQuotes = inQuotes;
      return chunk;
    }
    const out = new Uint8Array(chunk.length + breaks);
    let position = 0;
    inQuotes = this.inQuotes;
    for (const byte of chunk) {
      if (byte === QUOTE) inQuotes = !inQuotes;
      else if (byte === LF && !inQuotes) out[position++] = CR;
      out[position++] = byte;
    }
    this.inQuotes = inQuotes;
    return out;
  }
}
