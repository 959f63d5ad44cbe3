#!/usr/bin/env bash
# Sets a machine up for `npm test`: the browser test needs Chromium and the manifest test
# needs xmllint. On Debian/Ubuntu they are installed with apt-get when missing (as root,
# or through sudo); elsewhere install them yourself. Then installs the locked npm packages
# (npm run setup: skipped when already installed, refused while `npm start` serves).
set -euo pipefail

missing=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || missing+=(chromium)
command -v xmllint >/dev/null 2>&1 || missing+=(libxml2-utils)

if [ ${#missing[@]} -gt 0 ]; then
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "setup-tests: please install ${missing[*]} (Chromium and xmllint) with your package manager" >&2
    exit 1
  fi
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "setup-tests: installing ${missing[*]} with apt-get"
  $sudo apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

node scripts/install-deps.js
