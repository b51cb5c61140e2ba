// Creates an empty database on the server of an admin URL and prints the new database's URL. Used by the test
// run to give the end-to-end tests a database of their own.
//   tsx scripts/create-database.ts <admin-url> <name>
import pg from "pg";
import { runCli, UsageError } from "./run-cli";

runCli(async () => {
  const [adminUrl, name] = process.argv.slice(2);
  if (!adminUrl || !name || !/^[a-z0-9_]+$/.test(name)) throw new UsageError("usage: create-database.ts <admin-url> <name>");
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  console.log(url.toString());
});
