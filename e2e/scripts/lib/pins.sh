# Sourced, not run. Sets each tool's pinned version from the wrapper modules in
# e2e/*-build, so go.mod stays the single source. Needs $here: the e2e folder.
pinned() { awk -v m="$1" '$1 == m {print $2}' "$here/$2/go.mod"; }
KUBE_VERSION=$(pinned k8s.io/kubernetes kube-build)
ETCD_VERSION=$(pinned go.etcd.io/etcd/server/v3 etcd-build)
KWOK_VERSION=$(pinned sigs.k8s.io/kwok kwok-build)
HELM3_VERSION=$(pinned helm.sh/helm/v3 helm3-build)
HELM4_VERSION=$(pinned helm.sh/helm/v4 helm4-build)
REGISTRY_VERSION=$(pinned github.com/distribution/distribution/v3 registry-build)
export KUBE_VERSION ETCD_VERSION KWOK_VERSION HELM3_VERSION HELM4_VERSION REGISTRY_VERSION
