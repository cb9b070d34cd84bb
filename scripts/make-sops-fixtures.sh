#!/usr/bin/env bash
# Re-encrypts the SOPS test fixtures with the real sops (built from its Go
# module by e2e/scripts/build-sops.sh): __fixtures__/sops/plain/<name>.yaml
# becomes __fixtures__/sops/<name>.enc.yaml with the options named below,
# and plain/e2e-*.yaml become e2e/repos/sops's encrypted files. The
# outputs are committed, so the test run never needs sops. The keys are the
# committed TEST-ONLY identities in __fixtures__/sops (never use them for
# anything real); a missing one is generated with age-keygen.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bin=$("$repo/e2e/scripts/build-sops.sh")
dir="$repo/__fixtures__/sops"
for key in test-only-age-key test-only-second-age-key test-only-unrelated-age-key; do
  [[ -f "$dir/$key.txt" ]] || "$bin/age-keygen" -o "$dir/$key.txt" 2>/dev/null
done
recipient() { grep -m 1 -o 'age1[0-9a-z]*' "$dir/$1.txt"; }
first=$(recipient test-only-age-key)
second=$(recipient test-only-second-age-key)

# Run where no .sops.yaml can apply: only the flags below decide.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
encrypt() { # <plain file> <output> <sops flags…>
  local plain=$1 out=$2
  shift 2
  cp "$plain" "$work/in.yaml"
  (cd "$work" && "$bin/sops" encrypt "$@" --input-type yaml --output-type yaml in.yaml) >"$out"
}
encrypt_json() { # <plain file> <output> <sops flags…>
  local plain=$1 out=$2
  shift 2
  cp "$plain" "$work/in.json"
  (cd "$work" && "$bin/sops" encrypt "$@" --input-type json --output-type json in.json) >"$out"
}
p="$dir/plain"
encrypt "$p/secret-regex.yaml" "$dir/secret-regex.enc.yaml" --age "$first" --encrypted-regex '^(data|stringData)$'
encrypt "$p/default-suffix.yaml" "$dir/default-suffix.enc.yaml" --age "$first"
encrypt "$p/encrypted-suffix.yaml" "$dir/encrypted-suffix.enc.yaml" --age "$first" --encrypted-suffix _secret
encrypt "$p/unencrypted-regex.yaml" "$dir/unencrypted-regex.enc.yaml" --age "$first" --unencrypted-regex '^(apiVersion|kind|metadata|type)$'
# mac_only_encrypted has no flag: only a creation rule sets it.
printf 'creation_rules:\n  - age: %s\n    encrypted_regex: ^(data|stringData)$\n    mac_only_encrypted: true\n' "$first" >"$work/.sops.yaml"
encrypt "$p/mac-only-encrypted.yaml" "$dir/mac-only-encrypted.enc.yaml"
rm "$work/.sops.yaml"
encrypt "$p/multi-recipient.yaml" "$dir/multi-recipient.enc.yaml" --age "$first,$second" --encrypted-regex '^(data|stringData)$'
encrypt "$p/multi-doc.yaml" "$dir/multi-doc.enc.yaml" --age "$first" --encrypted-regex '^(data|stringData)$'
encrypt "$p/integer-keys.yaml" "$dir/integer-keys.enc.yaml" --age "$first" --encrypted-regex '^(data|labels)$'
encrypt_json "$p/json-manifest.json" "$dir/json-manifest.enc.json" --age "$first" --encrypted-regex '^(data|stringData)$'

e2e="$repo/e2e/repos/sops"
encrypt "$p/e2e-credentials.yaml" "$e2e/manifests/credentials.yaml" --age "$first" --encrypted-regex '^(data|stringData)$'
encrypt "$p/e2e-web-values.yaml" "$e2e/values/web.yaml" --age "$first" --encrypted-regex '^(message|password)$'
encrypt "$p/e2e-web-values-changed.yaml" "$e2e/values/web-changed.yaml" --age "$first" --encrypted-regex '^(message|password)$'
echo "fixtures written with $("$bin/sops" --version --disable-version-check | sed -n 1p)" >&2
