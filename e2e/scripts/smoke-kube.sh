#!/usr/bin/env bash
# Smoke check of a built bin folder: each binary runs and reports the version
# its wrapper module pins. build-kube.sh runs it before it publishes a build;
# the e2e suite runs it many times in a row, since a flaky check here once
# failed a fresh machine's first `npm run demo` after a 16-minute build.
#
#   bash e2e/scripts/smoke-kube.sh <bin folder>
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bin=${1:?usage: smoke-kube.sh <bin folder>}
# shellcheck source=lib/pins.sh
source "$here/scripts/lib/pins.sh"
# shellcheck source=lib/prints.sh
source "$here/scripts/lib/prints.sh"

smoke() {
  prints "$@" || {
    printf '[cluster:build] smoke check failed: %s does not print %s\n' "${*:2}" "$1" >&2
    exit 1
  }
}
smoke "$KUBE_VERSION" "$bin/kube-apiserver" --version
smoke "$KUBE_VERSION" "$bin/kubectl" version --client
smoke "${ETCD_VERSION#v}" "$bin/etcd" --version
smoke "$HELM3_VERSION" "$bin/helm" version --short
smoke "$HELM4_VERSION" "$bin/helm4" version --short
"$bin/kwok" --help >/dev/null
smoke "$REGISTRY_VERSION" "$bin/registry" --version
