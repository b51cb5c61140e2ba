import "server-only";
import { hash, verify } from "@node-rs/argon2";

// Argon2id with the OWASP-recommended minimum (19 MiB, 2 passes, 1 lane) – the library's defaults, stated here
// so a library upgrade cannot weaken them silently.
const options = { algorithm: 2 /* Argon2id */, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password).catch(() => false);
}

// Verifying against this when an account does not exist costs the same time as a real check, so response time
// does not reveal which email addresses have accounts.
let decoy: Promise<string> | undefined;
export async function verifyDecoy(password: string): Promise<false> {
  decoy ??= hashPassword("corridor-watch-decoy-password");
  await verifyPassword(await decoy, password);
  return false;
}

export const minimumPasswordLength = 12;
