#!/usr/bin/env bash
# setup-python.sh - make sure `python3` can import `jsonschema`: the SARIF tests
# (Tests/guestabiTests/Engine/LintSARIFSchemaTests.swift) validate `guestabi lint --format sarif`
# against the vendored OASIS schema with it.
#
# Idempotent: nothing is done when the import already works. Otherwise Debian's package is
# installed when `python3` is the system interpreter (or missing), pip is used for another one
# (pyenv, a venv), and the other way is tried if the first did not help.
set -euo pipefail

importable() { command -v python3 >/dev/null && python3 -c 'import jsonschema' 2>/dev/null; }

with_apt() {
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3 python3-jsonschema
}

with_pip() {
    python3 -m pip install --quiet jsonschema
}

if importable; then
    echo "setup-python: jsonschema already importable by $(command -v python3)"
    exit 0
fi
if ! command -v python3 >/dev/null || [ "$(command -v python3)" = /usr/bin/python3 ]; then
    with_apt || true
    importable || with_pip || true
else
    with_pip || true
    importable || with_apt || true
fi
if ! importable; then
    echo "setup-python: could not make jsonschema importable by python3" >&2
    exit 1
fi
echo "setup-python: jsonschema installed for $(command -v python3)"
