#!/usr/bin/env bash
# Sets up and builds the site into site/.   `scripts/site.sh serve` also serves it on http://127.0.0.1:8000
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# ProperDocs (the maintained continuation of MkDocs 1.x) builds and serves; the settings file is named explicitly.
export NO_MKDOCS_2_WARNING=1 DISABLE_MKDOCS_2_WARNING=true  # the engines' and the theme's banners about each other
bash scripts/setup.sh
.venv/bin/properdocs build --strict -f mkdocs.yml
if [ "${1:-}" = "serve" ]; then
  exec .venv/bin/properdocs serve -f mkdocs.yml --dev-addr 127.0.0.1:8000
fi
echo "Site gebouwd in site/. Bekijken: scripts/site.sh serve"
