import { workspaceRelative } from '../../src/action/definition-path.js'

describe('the definition input as a path in the workspace', () => {
  const root = '/home/runner/work/infra/infra'
  it('keeps a relative path as written', () => {
    expect(workspaceRelative(root, 'clusters/prod.yaml')).toBe(
      'clusters/prod.yaml'
    )
  })
  it('makes an absolute path inside the workspace relative (${{ github.workspace }}/…)', () => {
    expect(workspaceRelative(root, `${root}/clusters/prod.yaml`)).toBe(
      'clusters/prod.yaml'
    )
  })
  it('turns one outside the workspace into ../…, refused as outside the repository', () => {
    expect(workspaceRelative(root, '/etc/cluster.yaml')).toBe(
      '../../../../../etc/cluster.yaml'
    )
  })
})
