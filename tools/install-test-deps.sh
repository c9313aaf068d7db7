#!/usr/bin/env bash
# Installs what the test command needs besides Java 17 and Maven: Debian's chromium and chromium-driver,
# for the accessibility tests (axe-core in a real headless browser). Does nothing when both are present.
# Needs root (or sudo) and Debian's package archive.
set -euo pipefail
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi
echo "Installing chromium and chromium-driver (needed by the HTML accessibility tests)..." >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q >&2
$SUDO apt-get install -y -q chromium chromium-driver >&2
if ! [ -x /usr/bin/chromium ] || ! [ -x /usr/bin/chromedriver ]; then
  echo "chromium or chromedriver is still missing after apt-get install; the HTML tests cannot run." >&2
  exit 1
fi
