#!/usr/bin/env bash
# Regenerates package-lock.json with npm 11.13.0. Newer npm (11.16 to 12.x) leaves optional platform packages that
# the registry cannot serve out of the lockfile and then rejects that lockfile in `npm ci` (npm/cli#9846).
set -euo pipefail
cd "$(dirname "$0")/.."
rm -f package-lock.json
npx --yes npm@11.13.0 install --package-lock-only --ignore-scripts --no-audit --no-fund
npm ci --no-audit --no-fund
node scripts/check-lockfile.mjs
