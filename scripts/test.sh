#!/usr/bin/env bash
# Sets up everything the tests need and runs all tests. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export NO_MKDOCS_2_WARNING=1 DISABLE_MKDOCS_2_WARNING=true  # the engines' and the theme's banners about each other
bash scripts/setup.sh test
# The code's own checks first: lint and format (ruff, pinned in the test extra).
.venv/bin/ruff check --no-cache .
.venv/bin/ruff format --no-cache --check .
exec .venv/bin/python -m pytest "$@"
