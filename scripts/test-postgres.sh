#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests, on 127.0.0.1 and a free port, in a folder of the test run.
#   test-postgres.sh start <dir> <bin-dir>   prints the server's URL
#   test-postgres.sh stop <dir>
#   test-postgres.sh resume <dir>            starts a stopped cluster again, on its port (for outage tests)
#   test-postgres.sh replica <dir> <primary-dir>  a streaming replica of a running cluster (pg_basebackup -R); prints its URL
# PostgreSQL refuses to run as root, so as root the cluster belongs to the `postgres` user.
set -euo pipefail
action="$1"; dir="$2"

as_owner() {
  if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$action" in
  start)
    bin="$3"
    port="$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
    mkdir -p "$dir"
    [ "$(id -u)" = "0" ] && chown postgres "$dir"
    as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
      { cat "$dir/initdb.log" >&2; exit 1; }
    echo "$bin" >"$dir/bin"
    echo "$port" >"$dir/port"
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/data/server.log" -w -t 30 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=200" start >/dev/null ||
      { cat "$dir/data/server.log" >&2; exit 1; }
    echo "postgresql://postgres@127.0.0.1:$port/postgres"
    ;;
  resume)
    as_owner "$(cat "$dir/bin")/pg_ctl" -D "$dir/data" -l "$dir/data/server.log" -w -t 30 \
      -o "-c listen_addresses=127.0.0.1 -p $(cat "$dir/port") -k $dir -c fsync=off -c max_connections=200" start >/dev/null ||
      { cat "$dir/data/server.log" >&2; exit 1; }
    ;;
  replica)
    primary="$3"
    bin="$(cat "$primary/bin")"
    port="$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
    mkdir -p "$dir"
    [ "$(id -u)" = "0" ] && chown postgres "$dir"
    # initdb's trust rule admits replication connections from 127.0.0.1; -R writes standby.signal and the
    # primary's address, -X stream copies the WAL written while the backup runs.
    as_owner "$bin/pg_basebackup" -h 127.0.0.1 -p "$(cat "$primary/port")" -U postgres -D "$dir/data" -R -X stream >"$dir/basebackup.log" 2>&1 ||
      { cat "$dir/basebackup.log" >&2; exit 1; }
    echo "$bin" >"$dir/bin"
    echo "$port" >"$dir/port"
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/data/server.log" -w -t 30 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=200" start >/dev/null ||
      { cat "$dir/data/server.log" >&2; exit 1; }
    echo "postgresql://postgres@127.0.0.1:$port/postgres"
    ;;
  stop)
    [ -f "$dir/bin" ] && as_owner "$(cat "$dir/bin")/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null
    ;;
  *)
    echo "usage: $0 start <dir> <bin-dir> | stop <dir> | resume <dir> | replica <dir> <primary-dir>" >&2; exit 2 ;;
esac
