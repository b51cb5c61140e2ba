import { Zip, ZipDeflate } from "fflate";

// A zip archive written as its files are read: fflate's streaming Zip (pure JavaScript, synchronous deflate, no
// workers), pulled chunk by chunk, so the archive never sits whole in memory and a slow or vanished client stops
// the reading of the files.

export type ZipEntry = { name: string; chunks: () => AsyncIterable<string | Uint8Array> };

export async function* zipStream(entries: readonly ZipEntry[]): AsyncGenerator<Uint8Array> {
  const output: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, data) => {
    if (error) failure = error;
    else output.push(data);
  });
  const encoder = new TextEncoder();
  const drain = function* () {
    if (failure) throw failure;
    yield* output.splice(0);
  };
  for (const entry of entries) {
    const file = new ZipDeflate(entry.name, { level: 6 });
    zip.add(file);
    for await (const chunk of entry.chunks()) {
      file.push(typeof chunk === "string" ? encoder.encode(chunk) : chunk);
      yield* drain();
    }
    file.push(new Uint8Array(0), true);
    yield* drain();
  }
  zip.end();
  yield* drain();
}
