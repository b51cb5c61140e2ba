import { defineConfig } from "prisma/config";

// Read DATABASE_URL without env(): `prisma generate` must work on a machine where it is unset.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/corridor_watch" },
});
