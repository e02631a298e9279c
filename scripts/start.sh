#!/usr/bin/env bash
# Install fieldservice into .venv and start the desktop app with demo data.
# The demo centre lives in .demo-data/ (or $FIELDSERVICE_HOME), never in your real data.
# Installing is skipped while pyproject.toml is unchanged (scripts/venv.sh); the
# system libraries Qt's window needs are checked first (scripts/check-system.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/venv.sh
bash scripts/check-system.sh -- "$@"
export FIELDSERVICE_HOME="${FIELDSERVICE_HOME:-$PWD/.demo-data}"
if [ ! -f "$FIELDSERVICE_HOME/fieldservice.sqlite3" ]; then
    echo "Loading demo data into $FIELDSERVICE_HOME ..."
    .venv/bin/fieldservice demo --site-code LD01 --site-name "Leeds Service Centre" \
        --customers 2000 --units 5000
fi
exec .venv/bin/fieldservice "$@"
