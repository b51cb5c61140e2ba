// Turns a database failure into one line a person can act on. Driver errors arrive wrapped by Prisma's
// adapters; the code that matters (ECONNREFUSED, 28P01, 3D000…) is somewhere in the cause chain.

function* causes(error: unknown): Generator<Record<string, unknown>> {
  let current: unknown = error;
  for (let depth = 0; depth < 6 && current && typeof current === "object"; depth += 1) {
    yield current as Record<string, unknown>;
    const next = current as { cause?: unknown; originalError?: unknown };
    current = next.cause ?? next.originalError;
  }
}

const knownCodes: Record<string, string> = {
  ECONNREFUSED: "connection refused",
  ENOTFOUND: "host not found",
  ETIMEDOUT: "connection timed out",
  "28P01": "password authentication failed",
  "28000": "access denied",
  "3D000": "database does not exist",
  "57P03": "the server is starting up or shutting down",
};

export function describeDatabaseError(error: unknown): string {
  for (const item of causes(error)) {
    for (const key of ["code", "originalCode"]) {
      const code = item[key];
      if (typeof code === "string" && code in knownCodes) return knownCodes[code]!;
    }
    if (item.kind === "DatabaseNotReachable" || item.kind === "DatabaseDoesNotExist") return String(item.kind);
  }
  const first = [...causes(error)].map((item) => item.message).find((message) => typeof message === "string" && message);
  return typeof first === "string" ? first.split("\n")[0]! : String(error);
}
