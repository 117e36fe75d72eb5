#!/usr/bin/env bash
# Tags a release: vX.Y.Z on HEAD, and moves the major tag vX to it (what `uses: owner/telegram-compliance@vX` follows).
# Usage: scripts/release.sh X.Y.Z [--push]
set -euo pipefail
cd "$(dirname "$0")/.."

version=${1:-}
push=${2:-}
if [[ ! $version =~ ^v?([0-9]+)\.([0-9]+)\.([0-9]+)$ ]]; then
  echo "usage: scripts/release.sh X.Y.Z [--push]" >&2
  exit 2
fi
version=${version#v}
major="v${BASH_REMATCH[1]}"
tag="v$version"

fail() { echo "release: $*" >&2; exit 1; }

[ -z "$(git status --porcelain)" ] || fail "the work tree has changes; commit or stash them first"
git rev-parse -q --verify "refs/tags/$tag" >/dev/null && fail "$tag already exists"
[ "$(node -p "require('./package.json').version")" = "$version" ] || fail "package.json says $(node -p "require('./package.json').version"), not $version"
grep -q "^## \[$version\]" CHANGELOG.md || fail "CHANGELOG.md has no '## [$version]' section"

# dist/ must be what the sources build: users run it as committed.
npm run bundle >/dev/null
[ -z "$(git status --porcelain dist)" ] || fail "dist/ is stale: commit the rebuilt dist/ first"

git tag -a "$tag" -m "telegram-compliance $tag"
git tag -fa "$major" -m "telegram-compliance $major (currently $tag)"
echo "tagged $tag and moved $major to $(git rev-parse --short HEAD)"

if [ "$push" = "--push" ]; then
  git push origin "refs/tags/$tag"
  git push --force origin "refs/tags/$major"
else
  echo "push with: git push origin $tag && git push --force origin $major"
fi
