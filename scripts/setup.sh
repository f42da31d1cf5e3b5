#!/usr/bin/env bash
# Creates .venv and installs the project (with test tools when called with "test").
# Sourced by site.sh and test.sh; safe to run again (only installs what is missing or changed).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

if ! python3 -c 'import venv, ensurepip' 2>/dev/null; then
  echo "python3-venv ontbreekt; installeren met apt-get" >&2
  apt-get update -qq && apt-get install -y -qq python3-venv
fi
[ -x .venv/bin/python ] || python3 -m venv .venv
extras=""
[ "${1:-}" = "test" ] && extras="[test]"
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".${extras}"
