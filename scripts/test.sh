#!/usr/bin/env bash
# Install fieldservice and its test tools into .venv, then run every check:
# ruff (lint and format), mypy on the core and the UI, and the whole pytest suite
# (core, Qt offscreen, layering, and PostgreSQL tests against a throw-away server).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/venv.sh test

# The installer test (tests/installer) builds the .deb: the build resolves the
# system libraries Qt's xcb plugin links to (the package depends on them) and
# compiles the Windows installer script with NSIS. Install what is missing when
# this machine lets us; otherwise say so (the build then names what it lacks).
needed=$(grep -v '^#' installer/linux/qt-xcb-libraries.txt | awk 'NF { print $2 }' | sort -u)
command -v makensis >/dev/null 2>&1 || needed="$needed nsis"
missing=""
for package in $needed; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
        missing="$missing $package"
done
if [ -n "$missing" ] && command -v dpkg-query >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "== installing system packages for the installer build:$missing"
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
    else
        echo "!! system packages missing for the installer build:$missing (apt-get install them)" >&2
    fi
fi

echo "== ruff check"; .venv/bin/ruff check .
echo "== ruff format --check"; .venv/bin/ruff format --check .
echo "== mypy (fieldservice and ui)"; .venv/bin/mypy

export QT_QPA_PLATFORM=offscreen
# A PostgreSQL cluster of this run's own (start --own): another run on the same
# machine (or one by hand) neither reuses nor stops it.
unset FIELDSERVICE_PG_STATE
trap '[ -z "${FIELDSERVICE_PG_STATE:-}" ] || bash scripts/postgres.sh stop' EXIT
if pg=$(bash scripts/postgres.sh start --own); then
    eval "$pg"
    echo "== PostgreSQL for the head-office tests: $FIELDSERVICE_TEST_PG_URL"
else
    status=$?
    if [ "$status" = 3 ]; then
        echo "!! PostgreSQL is not installed here: the PostgreSQL tests will be SKIPPED." >&2
    else
        echo "!! PostgreSQL is installed but did not start" >&2
        exit 1
    fi
fi

# On every core, a test file to a worker: the installer's tests share one build
# (module fixture), so their file must not be split (pass -n 0 to run in one process).
echo "== pytest"
.venv/bin/python -m pytest -n "$(nproc)" --dist loadfile "$@"
