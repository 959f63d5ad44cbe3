#!/usr/bin/env bash
# Sets a machine up for `npm test`: the browser tests need Chromium, Firefox ESR and
# WebKit (WebKitWebDriver and MiniBrowser, run in an Xvfb display), and CI's schema check
# needs python3 and xmllint. On Debian they are installed with apt-get when missing (as
# root, or through sudo); elsewhere this says what to install (see the README's "Browsers
# for the tests"). Then installs the locked npm packages (npm run setup: skipped when
# already installed, refused while this checkout's dev server runs).
set -euo pipefail

minibrowser() {
  [ -n "${MINIBROWSER_PATH:-}" ] && [ -x "$MINIBROWSER_PATH" ] && return 0
  ls /usr/lib/*-linux-gnu/webkit2gtk-4.*/MiniBrowser >/dev/null 2>&1
}

missing=()
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || missing+=(chromium)
[ -x "${FIREFOX_PATH:-/usr/bin/firefox-esr}" ] || missing+=(firefox-esr)
{ [ -x "${WEBKIT_DRIVER_PATH:-/usr/bin/WebKitWebDriver}" ] && minibrowser; } || missing+=(webkit2gtk-driver)
command -v Xvfb >/dev/null 2>&1 || missing+=(xvfb)
command -v xauth >/dev/null 2>&1 || missing+=(xauth)
command -v xmllint >/dev/null 2>&1 || missing+=(libxml2-utils)
command -v python3 >/dev/null 2>&1 || missing+=(python3)

if [ ${#missing[@]} -gt 0 ]; then
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "setup-tests: missing ${missing[*]}; install them with your package manager" >&2
    echo "  (see the README's \"Browsers for the tests\" for macOS, Windows and Ubuntu's snap Chromium)" >&2
    exit 1
  fi
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "setup-tests: installing ${missing[*]} with apt-get"
  $sudo apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

node scripts/install-deps.js
