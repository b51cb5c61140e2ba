import "server-only";
import type { PrismaClient } from "../generated/prisma/client";

// Sign-in guesses are limited so that a stranger can neither guess on nor lock out an editor (issue 10):
//
// - An address with 10 failures within 15 minutes (on any accounts) is refused until the oldest of them is
//   15 minutes old: one machine cannot spray guesses.
// - An account with 10 failures within 15 minutes is "under attack": from then on it is refused only to the
//   addresses that have failed on it in the window. An editor signing in from an address with no failures is
//   still evaluated, so guesses from elsewhere do not lock the editor out; every other address gets one guess.
// - An account with 100 failures within 15 minutes (a distributed attack) is refused to everyone until they
//   age: the one case where strangers can lock an editor out, traded for a bound on guesses.
//
// Each attempt is decided and recorded in one transaction holding an advisory lock on its account and on its
// address, and it is recorded as a failure before its password is checked (and marked a success after), so
// parallel guesses are counted exactly: 100 guesses at once get at most the limit evaluated.

export const rateLimit = { maxFailures: 10, maxAccountFailures: 100, windowMinutes: 15 } as const;

export type RateLimitState = { allowed: true; attemptId: number } | { allowed: false; retryAfterSeconds: number };

type Failure = { createdAt: Date };

export async function reserveSignInAttempt(
  prisma: PrismaClient,
  email: string,
  clientAddress: string,
  now = new Date(),
): Promise<RateLimitState> {
  const windowMs = rateLimit.windowMinutes * 60_000;
  const since = new Date(now.getTime() - windowMs);
  return prisma.$transaction(async (tx) => {
    // Account first, then address, in every transaction: no two can wait on each other in a cycle.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(1001, hashtext(${email}))`;
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(1002, hashtext(${clientAddress}))`;
    const failures = (where: { email?: string; clientAddress?: string }, take: number): Promise<Failure[]> =>
      tx.signInAttempt.findMany({
        where: { ...where, succeeded: false, createdAt: { gt: since } },
        orderBy: { createdAt: "desc" },
        take,
        select: { createdAt: true },
      });
    const [byAddress, byAccount, byPair] = await Promise.all([
      failures({ clientAddress }, rateLimit.maxFailures),
      failures({ email }, rateLimit.maxAccountFailures),
      failures({ email, clientAddress }, 1),
    ]);
    // When each refusal ends: once the failure that makes the count reach the limit leaves the window.
    const endsAt = (list: Failure[], count: number) => list[count - 1]!.createdAt.getTime() + windowMs;
    const blockedUntil: number[] = [];
    if (byAddress.length >= rateLimit.maxFailures) blockedUntil.push(endsAt(byAddress, rateLimit.maxFailures));
    if (byAccount.length >= rateLimit.maxAccountFailures) blockedUntil.push(endsAt(byAccount, rateLimit.maxAccountFailures));
    if (byAccount.length >= rateLimit.maxFailures && byPair.length > 0) {
      // Free again when this address has no failure left in the window, or the account no longer 10.
      blockedUntil.push(Math.min(byPair[0]!.createdAt.getTime() + windowMs, endsAt(byAccount, rateLimit.maxFailures)));
    }
    if (blockedUntil.length > 0) {
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((Math.max(...blockedUntil) - now.getTime()) / 1000)) };
    }
    const attempt = await tx.signInAttempt.create({
      data: { email, clientAddress, succeeded: false, createdAt: now },
      select: { id: true },
    });
    return { allowed: true, attemptId: attempt.id };
  });
}

/** A reserved attempt whose password was right: it stops counting as a failure. */
export async function markSignInSucceeded(prisma: PrismaClient, attemptId: number): Promise<void> {
  await prisma.signInAttempt.update({ where: { id: attemptId }, data: { succeeded: true } });
}
