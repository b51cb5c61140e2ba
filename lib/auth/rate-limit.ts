import "server-only";
import type { PrismaClient } from "../generated/prisma/client";

// Sign-in is limited per account and per client address: 10 failures within 15 minutes lock that account, or
// that address, until the oldest of those failures is 15 minutes old. Attempts live in the database, so the
// limit holds across server processes and restarts.

export const rateLimit = { maxFailures: 10, windowMinutes: 15 } as const;

export type RateLimitState = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export async function checkSignInRateLimit(prisma: PrismaClient, email: string, clientAddress: string, now = new Date()): Promise<RateLimitState> {
  const since = new Date(now.getTime() - rateLimit.windowMinutes * 60_000);
  const [byEmail, byAddress] = await Promise.all(
    [{ email }, { clientAddress }].map((who) =>
      prisma.signInAttempt.findMany({
        where: { ...who, succeeded: false, createdAt: { gt: since } },
        orderBy: { createdAt: "desc" },
        take: rateLimit.maxFailures,
        select: { createdAt: true },
      }),
    ),
  );
  const blockedUntil = [byEmail!, byAddress!]
    .filter((failures) => failures.length >= rateLimit.maxFailures)
    .map((failures) => failures.at(-1)!.createdAt.getTime() + rateLimit.windowMinutes * 60_000);
  if (blockedUntil.length === 0) return { allowed: true };
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((Math.max(...blockedUntil) - now.getTime()) / 1000)) };
}

export async function recordSignInAttempt(prisma: PrismaClient, email: string, clientAddress: string, succeeded: boolean): Promise<void> {
  await prisma.signInAttempt.create({ data: { email, clientAddress, succeeded } });
}
