#!/usr/bin/env bash
# Builds the local control plane's binaries from their published Go modules
# (etcd, kube-apiserver, kube-controller-manager, kube-scheduler, kubectl,
# kwok, helm v3, helm v4 and the CNCF distribution OCI registry) into a cache
# outside the repository, keyed by everything that changes the output. Prints
# the cache's bin folder on stdout; progress goes to stderr. A warm cache
# returns in well under a second.
#
# The wrapper modules in e2e/*-build pin every version through go.mod/go.sum;
# see docs/control-plane.md for why each piece is built so.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export GOTOOLCHAIN=local CGO_ENABLED=0 GOFLAGS="-trimpath -buildvcs=false"

log() { printf '[cluster:build] %s\n' "$*" >&2; }

command -v go >/dev/null || {
  log "the go command is not on PATH; install Go 1.24 or newer (README: Development)"
  exit 1
}

# shellcheck source=lib/pins.sh
source "$here/scripts/lib/pins.sh"
# shellcheck source=lib/prints.sh
source "$here/scripts/lib/prints.sh"
GO_VERSION=$(go env GOVERSION)

# Bump RECIPE when a change to this script changes what it builds (flags, names).
RECIPE=2
wrapper_sums() { (echo "$RECIPE"; cat "$here"/{kube,etcd,kwok,helm3,helm4,registry}-build/go.{mod,sum}) | sha256sum | cut -c1-12; }
sums=$(wrapper_sums)
KEY="k8s-${KUBE_VERSION}_etcd-${ETCD_VERSION}_kwok-${KWOK_VERSION}_helm-${HELM3_VERSION}-${HELM4_VERSION}_registry-${REGISTRY_VERSION}_${GO_VERSION}_${sums}"
CACHE_ROOT=${CLUSTERSYNC_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/clustersync-kube}
OUT="$CACHE_ROOT/$KEY/bin"

if [[ -f "$OUT/.complete" ]] && prints "$KUBE_VERSION" "$OUT/kube-apiserver" --version; then
  echo "$OUT"
  exit 0
fi

mkdir -p "$CACHE_ROOT"
# One build at a time per key: CI and a developer's shell may race here.
exec 9>"$CACHE_ROOT/$KEY.lock"
if ! flock -n 9; then
  log "another build of $KEY is running; waiting for it"
  flock 9
fi
if [[ -f "$OUT/.complete" ]]; then
  echo "$OUT"
  exit 0
fi

started=$SECONDS
log "key $KEY"
log "preflight: checking the module proxy has every pinned module"
for d in kube etcd kwok helm3 helm4 registry; do
  (cd "$here/$d-build" && go mod download -x=false all >/dev/null 2>&1) || {
    log "could not download the modules of e2e/$d-build (is the Go module proxy reachable?)"
    (cd "$here/$d-build" && go mod download all) >&2 || true
    exit 1
  }
done
# `go mod download all` adds any hash missing from a go.sum, which changes the
# key: the next run would then miss this cache and build again. Fail loudly so
# the completed go.sum gets committed instead.
if [[ "$(wrapper_sums)" != "$sums" ]]; then
  log "go mod download completed a go.sum in e2e/*-build; commit it and run again"
  git -C "$here/.." status --short -- 'e2e/*-build/go.sum' >&2 || true
  exit 1
fi

TMP="$OUT.tmp"
rm -rf "$TMP"
mkdir -p "$TMP"
times="$TMP/build-times.txt"
printf 'preflight %ss\n' "$((SECONDS - started))" >"$times"
stage() {
  local name=$1
  shift
  local t0=$SECONDS
  log "building $name (cold builds take minutes; later runs reuse $OUT)"
  "$@" >&2
  printf '%s %ss\n' "$name" "$((SECONDS - t0))" >>"$times"
  log "built $name in $((SECONDS - t0))s"
}

# Version ldflags, as upstream's hack/lib/version.sh sets them: without them the
# apiserver reports v0.0.0-master and Helm's kubeVersion checks break.
minor=${KUBE_VERSION#v1.}
minor=${minor%%.*}
X() { for p in k8s.io/component-base/version k8s.io/client-go/pkg/version; do printf -- '-X %s.%s=%s ' "$p" "$1" "$2"; done; }
KUBE_LDFLAGS="-s -w $(X gitVersion "$KUBE_VERSION")$(X gitMajor 1)$(X gitMinor "$minor")$(X gitTreeState clean)$(X buildDate 2025-01-01T00:00:00Z)$(X gitCommit unknown)"

build_kube() {
  cd "$here/kube-build" && go build -ldflags "$KUBE_LDFLAGS" -o "$TMP/" \
    k8s.io/kubernetes/cmd/kube-apiserver k8s.io/kubernetes/cmd/kube-controller-manager \
    k8s.io/kubernetes/cmd/kube-scheduler k8s.io/kubernetes/cmd/kubectl
}
build_etcd() { cd "$here/etcd-build" && go build -ldflags "-s -w" -o "$TMP/etcd" go.etcd.io/etcd/server/v3; }
build_kwok() { cd "$here/kwok-build" && go build -ldflags "-s -w" -o "$TMP/kwok" sigs.k8s.io/kwok/cmd/kwok; }
build_helm3() {
  cd "$here/helm3-build" && go build -o "$TMP/helm" \
    -ldflags "-s -w -X helm.sh/helm/v3/internal/version.version=$HELM3_VERSION -X helm.sh/helm/v3/internal/version.gitTreeState=clean" \
    helm.sh/helm/v3/cmd/helm
}
build_helm4() {
  cd "$here/helm4-build" && go build -o "$TMP/helm4" \
    -ldflags "-s -w -X helm.sh/helm/v4/internal/version.version=$HELM4_VERSION -X helm.sh/helm/v4/internal/version.gitTreeState=clean" \
    helm.sh/helm/v4/cmd/helm
}

# The OCI registry (CNCF distribution) that serves the test charts over oci://.
build_registry() {
  cd "$here/registry-build" && go build -ldflags "-s -w" -o "$TMP/registry" \
    github.com/distribution/distribution/v3/cmd/registry
}

stage etcd build_etcd
stage kube build_kube
stage kwok build_kwok
stage helm3 build_helm3
stage helm4 build_helm4
stage registry build_registry

log "smoke-checking the binaries"
bash "$here/scripts/smoke-kube.sh" "$TMP"
printf 'total %ss\n' "$((SECONDS - started))" >>"$times"

rm -rf "$OUT"
mv "$TMP" "$OUT"
touch "$OUT/.complete"
log "done in $((SECONDS - started))s: $OUT"
echo "$OUT"
