#!/usr/bin/env bash
# Create .venv in the checkout (if needed) and install fieldservice into it.
#   bash scripts/venv.sh          # the application
#   bash scripts/venv.sh test     # the application and the test tools
# pip runs only when pyproject.toml changed since the last install, or when the
# test tools are asked for and not installed yet: .venv/fieldservice-installed
# holds the file's hash and what was installed (the package is installed in
# editable mode, so changes to the code itself need no reinstall).
set -euo pipefail
cd "$(dirname "$0")/.."
python=${PYTHON:-python3}
if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
    echo "fieldservice needs Python 3.11 or newer ($("$python" --version 2>&1) found)" >&2
    exit 1
fi
stamp=.venv/fieldservice-installed
# The screens' translations: .qm files built from the committed .ts sources
# (quick, so on every run: an edited catalogue is in the next start).
translations() { .venv/bin/python scripts/translations.py build; }
if [ ! -x .venv/bin/python ]; then
    "$python" -m venv .venv
    rm -f "$stamp"
fi
wanted=app
[ "${1:-}" = test ] && wanted=test
hash=$("$python" -c 'import hashlib, sys; print(hashlib.sha256(open(sys.argv[1], "rb").read()).hexdigest())' pyproject.toml)
installed_hash="" installed=""
[ -f "$stamp" ] && { read -r installed_hash installed <"$stamp" || true; }
if [ "$installed_hash" = "$hash" ]; then
    # The test extras include the application: either satisfies a plain install.
    if [ "$wanted" = "$installed" ] || { [ "$wanted" = app ] && [ "$installed" = test ]; }; then
        translations
        exit 0
    fi
fi
# Keep what the venv had: a plain install after a test install still updates the tools.
[ "$installed" = test ] && wanted=test
extras=""
[ "$wanted" = test ] && extras="[test]"
rm -f "$stamp"
.venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".${extras}"
echo "$hash $wanted" >"$stamp"
translations
