#!/usr/bin/env bash
# Sourced by .ci/run (and usable by hand: `source .ci/postgres.sh`): makes sure a PostgreSQL server runs on a
# local port for the store tests and exports CHRONICLE_TEST_POSTGRES. Idempotent and fast when the server
# already runs. Never fails the caller: without apt or PostgreSQL the variable stays unset and the
# PostgreSQL tests skip with a message.

chronicle_postgres_start() {
    local port="${CHRONICLE_PG_PORT:-54329}"
    local data="${CHRONICLE_PG_DATA:-/tmp/chronicle-postgres-$port}"
    local bin
    bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
    if [ -z "$bin" ] || [ ! -x "$bin/pg_ctl" ]; then
        if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
            echo "postgres.sh: installing PostgreSQL from Debian packages..."
            (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null) \
                || { echo "postgres.sh: apt-get could not install postgresql; PostgreSQL tests will skip."; return 0; }
            bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
        fi
    fi
    if [ -z "$bin" ] || [ ! -x "$bin/pg_ctl" ]; then
        echo "postgres.sh: PostgreSQL is not installed and cannot be; PostgreSQL tests will skip."
        return 0
    fi

    # The server refuses to run as root: run it as the postgres user the package creates.
    local run=()
    if [ "$(id -u)" = "0" ]; then
        id postgres >/dev/null 2>&1 || { echo "postgres.sh: no postgres user; PostgreSQL tests will skip."; return 0; }
        run=(runuser -u postgres --)
    fi

    if ! "${run[@]}" "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
        if [ ! -f "$data/PG_VERSION" ]; then
            rm -rf "$data"
            mkdir -p "$data"
            [ "$(id -u)" = "0" ] && chown postgres:postgres "$data"
            "${run[@]}" "$bin/initdb" -D "$data" -U chronicle --auth=trust -E UTF8 --locale=C >/dev/null \
                || { echo "postgres.sh: initdb failed; PostgreSQL tests will skip."; return 0; }
        fi
        # Test data only: durability off for speed; listen on loopback only.
        "${run[@]}" "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w -t 30 \
            -o "-p $port -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null \
            || { echo "postgres.sh: the server did not start (see $data/server.log); PostgreSQL tests will skip."; return 0; }
    fi

    if ! "$bin/psql" -h 127.0.0.1 -p "$port" -U chronicle -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'chronicle'" | grep -q 1; then
        "$bin/createdb" -h 127.0.0.1 -p "$port" -U chronicle chronicle \
            || { echo "postgres.sh: could not create the database; PostgreSQL tests will skip."; return 0; }
    fi

    export CHRONICLE_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=chronicle;Database=chronicle"
    echo "postgres.sh: PostgreSQL ready on 127.0.0.1:$port (CHRONICLE_TEST_POSTGRES set)."
}

chronicle_postgres_start || true
