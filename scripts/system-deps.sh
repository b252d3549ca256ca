#!/usr/bin/env bash
# Installs the system packages the tests need when they are missing: Debian's Chromium
# (no browser download exists on these machines), PostgreSQL (the postgres adapter is
# tested against a real server that the test run starts itself) and a CJK font (WenQuanYi
# Micro Hei, 5 MB installed; Noto CJK takes 91 MB) so that Chinese renders in screenshots
# (`pnpm screenshots`) and is measured with real glyphs in the browser tests.
# Idempotent: installs nothing when everything is there.
set -euo pipefail

need=()
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || need+=(chromium)
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || need+=(postgresql)
[ -f /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] || need+=(fonts-wqy-microhei)
[ ${#need[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ] && ! command -v sudo >/dev/null; then
  echo "Missing system packages: ${need[*]}. Install them with: apt-get install ${need[*]}" >&2
  exit 1
fi
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
echo "Installing ${need[*]} from Debian's packages…"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
