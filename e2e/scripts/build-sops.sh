#!/usr/bin/env bash
# Builds the real `sops` (github.com/getsops/sops/v3/cmd/sops) and `age-keygen`
# (filippo.io/age/cmd/age-keygen) from their published Go modules, pinned by
# e2e/sops-build/go.mod and go.sum, into a cache outside the repository. Only
# scripts/make-sops-fixtures.sh needs them: the encrypted fixtures are
# committed, so the test run never builds sops. Prints the bin folder.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export GOTOOLCHAIN=local CGO_ENABLED=0 GOFLAGS="-trimpath -buildvcs=false"

command -v go >/dev/null || {
  echo '[sops:build] the go command is not on PATH; install Go 1.24 or newer' >&2
  exit 1
}
sums=$( (cat "$here"/sops-build/go.{mod,sum}; go env GOVERSION) | sha256sum | cut -c1-12)
CACHE_ROOT=${CLUSTERSYNC_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/clustersync-kube}
OUT="$CACHE_ROOT/sops-$sums/bin"
if [[ -x "$OUT/sops" && -x "$OUT/age-keygen" ]]; then
  echo "$OUT"
  exit 0
fi
mkdir -p "$OUT.tmp"
(
  cd "$here/sops-build"
  go build -o "$OUT.tmp/sops" github.com/getsops/sops/v3/cmd/sops
  go build -o "$OUT.tmp/age-keygen" filippo.io/age/cmd/age-keygen
)
rm -rf "$OUT"
mv "$OUT.tmp" "$OUT"
echo "$OUT"
