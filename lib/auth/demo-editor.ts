import "server-only";
import type { PrismaClient } from "../generated/prisma/client";
import { hashPassword } from "./password";

/** Published in the README and on the sign-in page: it exists only in the embedded database. */
export const demoEditor = { email: "demo@corridor.watch", password: "corridor-demo-editor", name: "Demo editor" } as const;

/** Creates the demo editor if missing; never changes an existing account. */
export async function ensureDemoEditor(prisma: PrismaClient): Promise<void> {
  if (await prisma.editor.findUnique({ where: { email: demoEditor.email }, select: { id: true } })) return;
  await prisma.editor.createMany({
    data: [{ email: demoEditor.email, name: demoEditor.name, passwordHash: await hashPassword(demoEditor.password), isDemo: true }],
    skipDuplicates: true,
  });
}
