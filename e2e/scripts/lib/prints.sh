# Sourced, not run. `prints NEEDLE CMD ARGS…` succeeds when CMD exits 0 and its
# output (stdout and stderr) contains NEEDLE.
#
# Never `CMD | grep -q NEEDLE` under pipefail: grep exits at its first match,
# and CMD, if it is still writing, dies of SIGPIPE (exit 141), which pipefail
# turns into a failure at random. The whole output is taken first, then matched.
prints() {
  local needle=$1 out
  shift
  out=$("$@" 2>&1) || return 1
  [[ $out == *"$needle"* ]]
}
