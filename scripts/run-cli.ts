import { describeDatabaseError } from "../lib/db/describe-error";

/** Runs a command-line entry point: its failure is one line on stderr and exit code 1, not a stack trace. */
export function runCli(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      const expected = error instanceof Error && ["ConfigError", "StartupError", "SeedDataError", "UsageError"].includes(error.name);
      console.error(`error: ${expected ? (error as Error).message : describeDatabaseError(error)}`);
      if (process.env.DEBUG && error instanceof Error) console.error(error.stack);
      process.exit(1);
    },
  );
}

export class UsageError extends Error {
  override name = "UsageError";
}
