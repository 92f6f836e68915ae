#!/usr/bin/env bash
# A PostgreSQL server for the store tests: installs it when missing, starts a cluster, creates
# the role and database, and prints the `export` lines on stdout (everything else goes to
# stderr), so CI can do:
#
#   eval "$(.ci/postgres.sh)"      # sets BAOMI_TEST_PG_URL and BAOMI_TEST_PG_REQUIRED=1
#
# Needs root (or passwordless sudo) and a Debian/Ubuntu machine. Safe to run twice.
set -euo pipefail

ROLE=${BAOMI_PG_ROLE:-baomi}
PASSWORD=${BAOMI_PG_PASSWORD:-baomi}
DB=${BAOMI_PG_DB:-baomi_test}

log() { echo "postgres.sh: $*" >&2; }

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { log "run as root or install sudo"; exit 1; }
    SUDO="sudo"
fi

newest_version() {
    # Versions installed under /usr/lib/postgresql, highest first.
    ls -1 /usr/lib/postgresql 2>/dev/null | sort -n | tail -1
}

if [ -z "$(newest_version)" ]; then
    log "PostgreSQL not installed: installing it (apt-get)"
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -qq >&2
    $SUDO apt-get install -y -qq postgresql >&2
fi
VERSION=$(newest_version)
[ -n "$VERSION" ] || { log "PostgreSQL installation failed"; exit 1; }
BIN=/usr/lib/postgresql/$VERSION/bin

# The Debian packages create the cluster "main"; a container image may have dropped it.
if ! pg_lsclusters -h 2>/dev/null | awk -v v="$VERSION" '$1 == v && $2 == "main"' | grep -q .; then
    log "creating cluster $VERSION/main"
    $SUDO pg_createcluster "$VERSION" main >&2
fi
PORT=$(pg_lsclusters -h | awk -v v="$VERSION" '$1 == v && $2 == "main" {print $3}')
STATUS=$(pg_lsclusters -h | awk -v v="$VERSION" '$1 == v && $2 == "main" {print $4}')
if [ "$STATUS" != "online" ]; then
    log "starting cluster $VERSION/main on port $PORT"
    $SUDO pg_ctlcluster "$VERSION" main start >&2
fi
for _ in $(seq 1 30); do
    if "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT"; then break; fi
    sleep 1
done
"$BIN/pg_isready" -h 127.0.0.1 -p "$PORT" >&2 || { log "server did not come up"; exit 1; }

as_postgres() {
    if [ -n "$SUDO" ]; then sudo -u postgres "$@"; else runuser -u postgres -- "$@"; fi
}
psql_admin() { as_postgres "$BIN/psql" -X -q -v ON_ERROR_STOP=1 -p "$PORT" "$@"; }

# Role and database, idempotent. The tests create one schema per test inside this database.
psql_admin -d postgres -v role="$ROLE" -v pw="$PASSWORD" >&2 <<'SQL'
SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', :'role', :'pw')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'role') \gexec
SELECT format('ALTER ROLE %I LOGIN PASSWORD %L', :'role', :'pw') \gexec
SQL
if ! psql_admin -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1; then
    log "creating database $DB"
    as_postgres "$BIN/createdb" -p "$PORT" -O "$ROLE" "$DB"
fi

log "ready: PostgreSQL $VERSION on 127.0.0.1:$PORT, database $DB, role $ROLE"
echo "export BAOMI_TEST_PG_URL=postgresql+psycopg://$ROLE:$PASSWORD@127.0.0.1:$PORT/$DB"
echo "export BAOMI_TEST_PG_REQUIRED=1"
