#!/usr/bin/env bash
# setup-python.sh - make sure `python3` can import the modules the tests need:
#   jsonschema  the SARIF tests (Tests/guestabiTests/Engine/LintSARIFSchemaTests.swift) validate
#               `guestabi lint --format sarif` against the vendored OASIS schema with it;
#   pandas      QEMU's scripts/compare-machine-types.py, the peer that the probe parity tests and
#               Benchmarks/probe.sh run beside `guestabi probe`.
#
# Idempotent: nothing is done when the imports already work. Otherwise Debian's packages are
# installed when `python3` is the system interpreter (or missing), pip is used for another one
# (pyenv, a venv), and the other way is tried if the first did not help.
set -euo pipefail

modules=(jsonschema pandas)
debian_packages=(python3 python3-jsonschema python3-pandas)

importable() {
    command -v python3 >/dev/null || return 1
    local module
    for module in "${modules[@]}"; do python3 -c "import $module" 2>/dev/null || return 1; done
}

with_apt() {
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${debian_packages[@]}"
}

with_pip() {
    python3 -m pip install --quiet "${modules[@]}"
}

if importable; then
    echo "setup-python: ${modules[*]} already importable by $(command -v python3)"
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
    echo "setup-python: could not make ${modules[*]} importable by python3" >&2
    exit 1
fi
echo "setup-python: ${modules[*]} installed for $(command -v python3)"
