import { readFileSync } from 'node:fs'
import {
  findQuitEarlyPipes,
  shellScripts,
  usesPipefail
} from '../../scripts/lint-pipes.js'

const strict = '#!/usr/bin/env bash\nset -euo pipefail\n'

describe('no pipe into a reader that quits early under pipefail', () => {
  it('holds for every shell script in the repository', () => {
    const scripts = shellScripts()
    expect(scripts).toEqual(
      expect.arrayContaining(['.ci/run', 'e2e/scripts/build-kube.sh'])
    )
    const found = scripts.flatMap((file) =>
      findQuitEarlyPipes(readFileSync(file, 'utf8')).map(
        ({ line, code }) => `${file}:${line}: ${code}`
      )
    )
    expect(found).toEqual([])
  })

  it('finds every such pipe in the build script that failed a cold build with exit 141', () => {
    // Excerpt of e2e/scripts/build-kube.sh before the fix: its cache check and
    // the smoke checks piped a binary's version into `grep -qF`.
    const before = [
      '#!/usr/bin/env bash',
      'set -euo pipefail',
      'if [[ -f "$OUT/.complete" ]] && "$OUT/kube-apiserver" --version 2>/dev/null | grep -qF "$KUBE_VERSION"; then',
      '  echo "$OUT"',
      'fi',
      'log "smoke-checking the binaries"',
      '"$TMP/kube-apiserver" --version | grep -qF "$KUBE_VERSION"',
      '"$TMP/kubectl" version --client | grep -qF "$KUBE_VERSION"',
      '"$TMP/kwok" --help >/dev/null',
      '"$TMP/registry" --version | grep -qF "$REGISTRY_VERSION"'
    ].join('\n')
    expect(findQuitEarlyPipes(before).map((p) => p.line)).toEqual([3, 7, 8, 10])
  })

  it.each([
    'kubectl version --client | grep -qF v1.34.2',
    'x | grep -q y',
    'x | grep --quiet y',
    'x | grep -m1 y',
    'x | grep -F -q y',
    'x | head -n 1',
    'v=$(helm version | head -1)',
    'x |& grep -q y',
    'x \\\n  | grep -q y',
    "x | sed -n '1q'"
  ])('flags %j', (line) => {
    expect(findQuitEarlyPipes(strict + line + '\n')).toHaveLength(1)
  })

  it.each([
    'x || grep -q y file',
    'grep -q y file && z',
    'x | grep y | wc -l',
    'x | sha256sum | cut -c1-12',
    '# x | grep -q y',
    'out=$(x 2>&1) && [[ $out == *y* ]]'
  ])('accepts %j', (line) => {
    expect(findQuitEarlyPipes(strict + line + '\n')).toEqual([])
  })

  it('accepts such a pipe where pipefail is off, as the pipeline then has grep’s status', () => {
    expect(findQuitEarlyPipes('#!/bin/sh\nset -eu\nx | grep -q y\n')).toEqual(
      []
    )
    expect(usesPipefail('#!/bin/bash\nset -o pipefail\n')).toBe(true)
    // A sourced file has no #! line: it runs under its caller's options.
    expect(usesPipefail('pinned() { :; }\n')).toBe(true)
  })
})
