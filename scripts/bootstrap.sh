#!/usr/bin/env bash
# Creates .venv and installs the locked dependencies; does nothing when the lock is unchanged.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3.11}
command -v "$PYTHON" >/dev/null 2>&1 || PYTHON=python3
LOCK=requirements/dev.lock
STAMP=.venv/.lock-sha256
want=$(sha256sum "$LOCK" | cut -d' ' -f1)
if [ ! -x .venv/bin/python ]; then
  echo "==> creating .venv with $($PYTHON --version)"
  "$PYTHON" -m venv .venv
fi
if [ "$(cat "$STAMP" 2>/dev/null)" != "$want" ]; then
  echo "==> installing locked dependencies ($LOCK)"
  # This machine's pip configuration names local indexes that may not exist: drop that noise.
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --require-hashes -r "$LOCK" \
    2> >(grep -v "is ignored: it is neither a file nor a directory" >&2)
  echo "$want" > "$STAMP"
fi
