#!/bin/bash
# setup-chromium.sh - install headless Chromium (Debian package `chromium`, /usr/bin/chromium)
# for the test that renders `guestabi matrix --format html` and checks the page loads without
# script errors (Tests/guestabiTests/MatrixHTMLPageTests.swift).
#
# Idempotent: skipped when /usr/bin/chromium exists. Needs root (apt-get).
# Usage: sudo scripts/setup-chromium.sh
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
    echo "chromium: already installed ($(/usr/bin/chromium --version 2>/dev/null || echo unknown version))"
    exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "chromium: /usr/bin/chromium is missing and installing it needs root: sudo $0" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y chromium
echo "chromium: installed ($(/usr/bin/chromium --version 2>/dev/null || echo unknown version))"
