#!/usr/bin/env bash
# Create .venv in the checkout (if needed) and install fieldservice into it.
#   bash scripts/venv.sh          # the application
#   bash scripts/venv.sh test     # the application and the test tools
set -euo pipefail
cd "$(dirname "$0")/.."
python=${PYTHON:-python3}
if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
    echo "fieldservice needs Python 3.11 or newer ($("$python" --version 2>&1) found)" >&2
    exit 1
fi
[ -x .venv/bin/python ] || "$python" -m venv .venv
extras=""
[ "${1:-}" = test ] && extras="[test]"
.venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".${extras}"
