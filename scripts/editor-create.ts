// Creates an editor account, or resets its password if the email already has one.
//   npm run editor:create -- --email someone@example.org [--name "Full Name"]
// The password is asked for (hidden) on a terminal, or read from standard input: `... < password.txt`.
import { createInterface } from "node:readline";
import { Writable } from "node:stream";
import { parseArgs } from "node:util";
import { z } from "zod";
import { hashPassword, minimumPasswordLength } from "../lib/auth/password";
import { describeDatabase, getConfig } from "../lib/config";
import { connectDatabase } from "../lib/db/connect";
import { getMigrationStatus } from "../lib/db/migration-status";
import { runCli, UsageError } from "./run-cli";

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    let text = "";
    for await (const chunk of process.stdin) text += String(chunk);
    return text.replace(/\r?\n$/, "");
  }
  const muted = new Writable({ write: (_chunk, _encoding, done) => done() });
  const ask = (question: string) =>
    new Promise<string>((resolve) => {
      process.stdout.write(question);
      const rl = createInterface({ input: process.stdin, output: muted, terminal: true });
      rl.question("", (answer) => {
        rl.close();
        process.stdout.write("\n");
        resolve(answer);
      });
    });
  const first = await ask("Password: ");
  if ((await ask("Again: ")) !== first) throw new UsageError("the two passwords differ");
  return first;
}

const Args = z.object({
  email: z.string({ error: "--email is required" }).trim().toLowerCase().email("--email must be an email address"),
  name: z.string().trim().min(1).max(200).optional(),
});

runCli(async () => {
  const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" } } });
  const args = Args.safeParse(values);
  if (!args.success)
    throw new UsageError(`${args.error.issues[0]!.message}; usage: npm run editor:create -- --email <email> [--name <name>]`);
  const password = await readPassword();
  if (password.length < minimumPasswordLength) throw new UsageError(`the password must be at least ${minimumPasswordLength} characters`);
  const config = getConfig();
  const db = await connectDatabase(config.database);
  try {
    if ((await getMigrationStatus(db.prisma)).pending.length > 0) {
      throw new UsageError(`${describeDatabase(config.database)} has pending migrations; run \`npm run db:deploy\` first`);
    }
    const passwordHash = await hashPassword(password);
    const name = args.data.name ?? args.data.email.split("@")[0]!;
    const existing = await db.prisma.editor.findUnique({ where: { email: args.data.email } });
    await db.prisma.editor.upsert({
      where: { email: args.data.email },
      create: { email: args.data.email, name, passwordHash },
      update: { passwordHash, isDemo: false, ...(args.data.name ? { name } : {}) },
    });
    console.log(`${existing ? "reset the password of" : "created"} editor ${args.data.email} on ${describeDatabase(config.database)}`);
  } finally {
    await db.close();
  }
});
