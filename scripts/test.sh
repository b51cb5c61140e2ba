#!/usr/bin/env bash
# The whole test suite, as the README promises: type-check, lint, unit tests, a production build, integration
# tests against a real PostgreSQL server and the embedded database (and Redis, for two instances sharing a cache),
# and Playwright in Debian's Chromium against both. Without TEST_DATABASE_URL it starts a throwaway PostgreSQL
# cluster on 127.0.0.1 and removes it after.
# A missing prerequisite stops it at once with one line; no suite is ever skipped.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

fail() { echo "npm test: $*" >&2; exit 1; }

export CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$CHROMIUM_PATH" ] || fail "Chromium not found at $CHROMIUM_PATH; install it (apt-get install -y chromium) or set CHROMIUM_PATH."
# The server binaries start the throwaway cluster (unless TEST_DATABASE_URL names a server) and, always, the
# read-replica test's primary and streaming replica.
PG_BIN="${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}"
[ -n "$PG_BIN" ] && [ -x "$PG_BIN/initdb" ] && [ -x "$PG_BIN/pg_basebackup" ] ||
  fail "PostgreSQL server binaries not found; install them (apt-get install -y postgresql) or set PG_BIN to their folder."
export PG_BIN

# The two-instance test shares its cache through a redis-server it starts itself, on a free port.
command -v redis-server >/dev/null 2>&1 || fail "redis-server not found; install it (apt-get install -y redis-server)."

RUN_DIR="$(mktemp -d /tmp/corridor-watch-test.XXXXXX)"
chmod 755 "$RUN_DIR"
export TEST_RUN_DIR="$RUN_DIR"
started_cluster=""
cleanup() {
  [ -n "$started_cluster" ] && bash scripts/test-postgres.sh stop "$RUN_DIR/pg" >/dev/null 2>&1 || true
  rm -rf "$RUN_DIR"
}
trap cleanup EXIT

summary=()
step() {
  local name="$1"; shift
  local started=$SECONDS
  echo "::: $name"
  if ! "$@"; then
    echo "::: $name FAILED after $((SECONDS - started)) s" >&2
    exit 1
  fi
  summary+=("$(printf '%-22s %4d s' "$name" $((SECONDS - started)))")
}

# Typed routes come from the route tree: generate their types first (a fresh clone has no .next yet).
step "typecheck" bash -c "npx next typegen >/dev/null && npx tsc --noEmit"
step "lint" npm run -s lint
step "unit tests" npx vitest run --project unit

if [ -z "${TEST_DATABASE_URL:-}" ]; then
  TEST_DATABASE_URL="$(bash scripts/test-postgres.sh start "$RUN_DIR/pg" "$PG_BIN")"
  started_cluster=1
fi
export TEST_DATABASE_URL

step "build" npx next build
step "integration tests" npx vitest run --project integration

# The PostgreSQL end-to-end server gets a database of its own, deployed the way production is.
E2E_DATABASE_URL="$(npx tsx scripts/create-database.ts "$TEST_DATABASE_URL" "cw_e2e_$$")"
export E2E_DATABASE_URL
step "deploy e2e database" env DATABASE_URL="$E2E_DATABASE_URL" npm run -s db:deploy
# A PostgreSQL server has no demo editor: the end-to-end tests get an account of their own.
export E2E_EDITOR_EMAIL="e2e-editor@corridor.watch"
E2E_EDITOR_PASSWORD="$(node -e 'console.log(require("crypto").randomBytes(18).toString("base64url"))')"
export E2E_EDITOR_PASSWORD
step "create e2e editor" bash -c 'printf "%s" "$E2E_EDITOR_PASSWORD" | DATABASE_URL="$E2E_DATABASE_URL" npm run -s editor:create -- --email "$E2E_EDITOR_EMAIL" --name "E2E editor"'
step "e2e tests" npx playwright test
# A small run of the benchmark, so it cannot rot; its figures mean nothing at this size.
step "benchmark smoke" npm run -s bench -- --smoke

echo "::: all passed"
printf '  %s\n' "${summary[@]}"
