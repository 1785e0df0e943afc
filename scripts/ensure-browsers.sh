#!/usr/bin/env bash
# The browsers `npm test` drives come from Debian, never from a download (only npm and apt are
# reachable here): Chromium, Firefox ESR, WebKitGTK's WebDriver, Xvfb to give them a display, and
# faketime for the run on another day.
# Installs what is missing when it can (root with apt-get); otherwise stops at once and names the
# exact command, instead of a wall of launcher errors later.
set -euo pipefail

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v firefox-esr >/dev/null 2>&1 || need+=(firefox-esr)
command -v WebKitWebDriver >/dev/null 2>&1 || need+=(webkit2gtk-driver)
command -v xvfb-run >/dev/null 2>&1 || need+=(xvfb)
command -v xauth >/dev/null 2>&1 || need+=(xauth)
# Debian's faketime moves the clock for Node and Chromium alike (npm run test:moved-clock).
command -v faketime >/dev/null 2>&1 || need+=(faketime)
[ ${#need[@]} -eq 0 ] && exit 0

command_line="apt-get install -y ${need[*]}"
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing the browsers the tests drive: ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need[@]}" >/dev/null
  exit 0
fi
echo "The tests drive browsers from Debian that are not installed: ${need[*]}" >&2
echo "Install them, then run npm test again:" >&2
echo "  sudo $command_line" >&2
exit 1
