#!/usr/bin/env bash
# A throw-away PostgreSQL server for the head-office tests and benchmarks.
#
#   eval "$(bash scripts/postgres.sh start)"   # exports FIELDSERVICE_TEST_PG_URL
#   bash scripts/postgres.sh stop
#
#   eval "$(bash scripts/postgres.sh start --own)"   # also exports FIELDSERVICE_PG_STATE
#   bash scripts/postgres.sh stop                    # stops that one (reads the variable)
#
# It runs its own cluster in a temporary directory on a free loopback port (as the
# "postgres" user when run as root), so it needs no system service and touches no
# existing cluster. Prints nothing and exits 3 when PostgreSQL is not installed.
#
# The cluster is known by its state file: by hand, one shared file (a second start
# reuses the running cluster); FIELDSERVICE_PG_STATE names another. "start --own"
# always starts a new cluster, keeps its state file in the cluster's own folder and
# exports FIELDSERVICE_PG_STATE naming it: each test run (scripts/test.sh) gets a
# cluster of its own, and another run on the machine neither reuses nor stops it.
set -euo pipefail

state_file="${FIELDSERVICE_PG_STATE:-${TMPDIR:-/tmp}/fieldservice-test-pg.state}"

find_bindir() {
    if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then
        pg_config --bindir
        return
    fi
    local dir
    for dir in /usr/lib/postgresql/*/bin /usr/local/pgsql/bin; do
        [ -x "$dir/initdb" ] && { echo "$dir"; return; }
    done
    return 1
}

as_owner() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

start() {
    local bindir own=${1:-}
    bindir=$(find_bindir) || { echo "PostgreSQL is not installed (no initdb found)" >&2; exit 3; }
    if [ -z "$own" ] && [ -f "$state_file" ]; then
        # shellcheck disable=SC1090
        . "$state_file"
        if as_owner "$bindir/pg_ctl" -D "$PGDATA_DIR" status >/dev/null 2>&1; then
            echo "export FIELDSERVICE_TEST_PG_URL='$URL'"
            return
        fi
    fi
    local dir port tries=0
    dir=$(mktemp -d "${TMPDIR:-/tmp}/fieldservice-pg.XXXXXX")
    [ -n "$own" ] && state_file="$dir/postgres.state"
    chmod 755 "$dir"
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    as_owner "$bindir/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    # A free port, taken a moment later: another run starting a cluster at the same
    # time may take it first, and then this one tries another.
    while :; do
        port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
        as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
            -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c max_connections=200 -c fsync=off -c full_page_writes=off" \
            start >/dev/null && break
        tries=$((tries + 1))
        if [ "$tries" -ge 5 ] || ! grep -q "already in use" "$dir/server.log"; then
            cat "$dir/server.log" >&2
            exit 1
        fi
    done
    "$bindir/psql" -h 127.0.0.1 -p "$port" -U postgres -q -c "CREATE DATABASE fieldservice_test" >/dev/null
    local url="postgresql+psycopg://postgres@127.0.0.1:$port/fieldservice_test"
    printf 'PGDATA_DIR=%q\nURL=%q\nBINDIR=%q\n' "$dir/data" "$url" "$bindir" >"$state_file"
    echo "export FIELDSERVICE_TEST_PG_URL='$url'"
    [ -z "$own" ] || echo "export FIELDSERVICE_PG_STATE='$state_file'"
}

stop() {
    [ -f "$state_file" ] || return 0
    # shellcheck disable=SC1090
    . "$state_file"
    as_owner "$BINDIR/pg_ctl" -D "$PGDATA_DIR" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$(dirname "$PGDATA_DIR")" "$state_file"
}

case "${1:-}" in
    start)
        case "${2:-}" in
            "") start ;;
            --own) start own ;;
            *) echo "usage: $0 start [--own] | stop" >&2; exit 2 ;;
        esac ;;
    stop) stop ;;
    *) echo "usage: $0 start [--own] | stop" >&2; exit 2 ;;
esac
