#!/usr/bin/env bash
# The property-based fuzz suite on its own, for long runs: `npm run fuzz -- --cases 10000 [--seed N]`.
# `npm test` runs the same suite with a few hundred cases. Needs a production build (`npx next build`); starts a
# throwaway PostgreSQL cluster unless TEST_DATABASE_URL is set.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
cases=1000
while [ $# -gt 0 ]; do
  case "$1" in
    --cases) cases="$2"; shift 2 ;;
    --seed) export FUZZ_SEED="$2"; shift 2 ;;
    *) echo "usage: npm run fuzz -- [--cases N] [--seed N]" >&2; exit 2 ;;
  esac
done
[ -d .next ] || { echo "npm run fuzz: build first (npx next build)" >&2; exit 1; }
run_dir="$(mktemp -d /tmp/corridor-watch-fuzz.XXXXXX)"
chmod 755 "$run_dir"
cleanup() { [ -z "${started:-}" ] || bash scripts/test-postgres.sh stop "$run_dir/pg" >/dev/null 2>&1 || true; rm -rf "$run_dir"; }
trap cleanup EXIT
if [ -z "${TEST_DATABASE_URL:-}" ]; then
  TEST_DATABASE_URL="$(bash scripts/test-postgres.sh start "$run_dir/pg" "$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)")"
  started=1
fi
export TEST_DATABASE_URL
FUZZ_CASES="$cases" npx vitest run --project integration tests/integration/fuzz.test.ts
