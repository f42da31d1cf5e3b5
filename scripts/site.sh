#!/usr/bin/env bash
# Sets up and builds the site into site/.   `scripts/site.sh serve` also serves it on http://127.0.0.1:8000
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export NO_MKDOCS_2_WARNING=1  # mkdocs-material end-of-life banner
bash scripts/setup.sh
.venv/bin/mkdocs build --strict
if [ "${1:-}" = "serve" ]; then
  exec .venv/bin/mkdocs serve --strict --dev-addr 127.0.0.1:8000
fi
echo "Site gebouwd in site/. Bekijken: scripts/site.sh serve"
