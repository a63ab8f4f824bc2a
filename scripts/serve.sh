#!/usr/bin/env bash
# README command 1: install, migrate SQLite, import seeds/, make an editor login, serve.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
PY=.venv/bin/python
echo "==> migrating the database (${DATABASE_URL:-SQLite: db.sqlite3})"
$PY manage.py migrate --no-input -v0
echo "==> importing the seed articles"
# Articles already in the database are reported as already present, not imported twice.
$PY manage.py import_articles seeds/ || echo "(some seed files did not import: see above)"
$PY manage.py ensure_editor
echo "==> serving the dashboard at http://127.0.0.1:8000/ (admin: http://127.0.0.1:8000/admin/)"
exec $PY manage.py runserver 127.0.0.1:8000
