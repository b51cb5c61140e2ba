// Turns a database failure into one line a person can act on. Prisma wraps driver errors (in `cause`, or in
// `meta.driverAdapterError`); the part that says what went wrong is somewhere down that chain.

type Item = Record<string, unknown>;

function* chain(error: unknown): Generator<Item> {
  const queue: unknown[] = [error];
  for (let seen = 0; queue.length > 0 && seen < 12; seen += 1) {
    const current = queue.shift();
    if (!current || typeof current !== "object") continue;
    const item = current as Item;
    yield item;
    const meta = item.meta as Item | undefined;
    queue.push(item.cause, item.originalError, meta?.driverAdapterError);
  }
}

const adapterKinds: Record<string, (item: Item) => string> = {
  DatabaseNotReachable: (item) => `server not reachable at ${String(item.host ?? "?")}:${String(item.port ?? "?")}`,
  DatabaseDoesNotExist: (item) => `database ${item.db ? `"${String(item.db)}" ` : ""}does not exist`,
  DatabaseAccessDenied: () => "access to the database denied",
  AuthenticationFailed: (item) => `authentication failed${item.user ? ` for user "${String(item.user)}"` : ""}`,
  TlsConnectionError: (item) => `TLS connection failed: ${String(item.reason ?? "")}`,
  TooManyConnections: () => "too many connections",
  SocketTimeout: () => "connection timed out",
  ConnectionClosed: () => "connection closed by the server",
};

const driverCodes: Record<string, string> = {
  ECONNREFUSED: "connection refused",
  ENOTFOUND: "host not found",
  ETIMEDOUT: "connection timed out",
  "28P01": "password authentication failed",
  "3D000": "database does not exist",
  "57P01": "the server terminated the connection",
  "57P03": "the server is starting up or shutting down",
};

export function describeDatabaseError(error: unknown): string {
  const items = [...chain(error)];
  for (const item of items) {
    const describe = typeof item.kind === "string" ? adapterKinds[item.kind] : undefined;
    if (describe) return describe(item);
  }
  for (const item of items) {
    if (typeof item.code === "string" && item.code in driverCodes) return driverCodes[item.code]!;
  }
  for (const item of items) {
    if (typeof item.message !== "string") continue;
    const quoted = /Message: `([^`]+)`/.exec(item.message)?.[1];
    const line =
      quoted ??
      item.message
        .split("\n")
        .map((text) => text.trim())
        .find(Boolean);
    if (line) return line;
  }
  return String(error);
}

const unavailableKinds = new Set([
  "DatabaseNotReachable",
  "DatabaseDoesNotExist",
  "TooManyConnections",
  "SocketTimeout",
  "ConnectionClosed",
  "TlsConnectionError",
]);
const unavailableCodes = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ENOTFOUND",
  "ETIMEDOUT",
  "EPIPE",
  "EHOSTUNREACH",
  "P1001",
  "P1002",
  "P1017",
  "P2024",
  "53300",
  "57P01",
  "57P02",
  "57P03",
  "3D000",
]);
const unavailableMessages =
  /Connection terminated|connection error|timeout exceeded when trying to connect|Can't reach database server|server closed the connection/i;

/**
 * Whether an error means the database cannot be reached right now (down, restarting, out of connections), as
 * opposed to a fault in a query: the first is a 503 worth retrying, the second a bug.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (const item of chain(error)) {
    if (typeof item.kind === "string" && unavailableKinds.has(item.kind)) return true;
    if (typeof item.code === "string" && (unavailableCodes.has(item.code) || item.code.startsWith("08"))) return true;
    if (typeof item.message === "string" && unavailableMessages.test(item.message)) return true;
  }
  return false;
}
