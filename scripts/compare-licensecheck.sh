#!/usr/bin/env bash
# Side by side: this project's license matcher, GitHub's detector (licensee's rule, approximated) and Debian's
# licensecheck, on the same generated fixtures. The tests never depend on this script or on licensecheck.
#   scripts/compare-licensecheck.sh [outdir]
# Install licensecheck first on Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y licensecheck
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v licensecheck >/dev/null 2>&1; then
  echo "licensecheck is not installed (apt-get install -y licensecheck); its column will say so." >&2
else
  echo "$(licensecheck --version | tr -d '\n'), run with --lines 0 --shortname-scheme spdx" >&2
fi
exec node scripts/license-compare.mjs "$@"
