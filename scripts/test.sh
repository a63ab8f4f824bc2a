#!/usr/bin/env bash
# README command 2: install, lint, check migrations, run the whole suite on SQLite and on a
# real PostgreSQL 15 started here (temporary directory, loopback port), then stop it.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
PY=.venv/bin/python
export DJANGO_SETTINGS_MODULE=config.settings
unset DATABASE_URL

if [ ! -x /usr/bin/chromium ]; then
  echo "==> installing Debian's chromium for the browser tests"
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  fi
fi

status=0
echo "==> ruff"
.venv/bin/ruff check . || status=$?
echo "==> migrations are up to date"
$PY manage.py makemigrations --check --dry-run -v0 || status=$?

echo "==> pytest on SQLite"
$PY -m pytest "$@" || status=$?

echo "==> pytest on PostgreSQL 15"
PGBIN=$(dirname "$(command -v initdb)")
PGDIR=$(mktemp -d /tmp/timeline-pg.XXXXXX)
PGPORT=$($PY -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
# initdb refuses to run as root: the server runs as the postgres system user in a dir it owns.
[ "$(id -u)" = 0 ] && chown postgres "$PGDIR"
stop_pg() {
  as_pg "$PGBIN/pg_ctl" -D "$PGDIR/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$PGDIR"
}
trap stop_pg EXIT
as_pg "$PGBIN/initdb" -D "$PGDIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_pg "$PGBIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/server.log" -w \
  -o "-p $PGPORT -k $PGDIR -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
export DATABASE_URL="postgres://postgres@127.0.0.1:$PGPORT/timeline"
$PY -m pytest "$@" || status=$?

if [ "$status" = 0 ]; then echo "==> all green on SQLite and PostgreSQL"; else echo "==> FAILED"; fi
exit "$status"
