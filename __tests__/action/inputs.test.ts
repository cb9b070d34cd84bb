import { jest } from '@jest/globals'
import { readInputs, readInputsChecked } from '../../src/inputs.js'
import { identity, identityFile } from '../sops/sops-fixtures.js'

const saved = { ...process.env }
beforeEach(() => {
  for (const key of Object.keys(process.env)) {
    if (key.startsWith('INPUT_')) delete process.env[key]
  }
})
afterAll(() => {
  process.env = saved
})
const set = (name: string, value: string) => {
  process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
}

describe('readInputs', () => {
  it('has the documented defaults', () => {
    expect(readInputs()).toEqual({
      definition: 'cluster.yaml',
      fleetFolder: '.',
      failOnDrift: false,
      kubeconfig: undefined,
      context: undefined,
      mode: undefined,
      fullReconcile: false,
      prune: true,
      allowDestructivePrune: false,
      timeoutSeconds: 900,
      concurrency: 4,
      token: '',
      kubectl: 'kubectl',
      helm: 'helm',
      chartMirrors: [],
      sopsAgeKeys: [],
      registryCredentials: new Map(),
      variables: { plain: {}, secret: {} },
      page: { enabled: false, dir: 'clustersync-page' }
    })
  })

  it('reads sops-age-key as an age identity file, masking every line first', () => {
    const key = identity('test-only-age-key')
    const second = identity('test-only-second-age-key')
    set('sops-age-key', `${identityFile('test-only-age-key')}\n${second}\n`)
    const written: string[] = []
    const spy = jest
      .spyOn(process.stdout, 'write')
      .mockImplementation((chunk: string | Uint8Array) => {
        written.push(String(chunk))
        return true
      })
    try {
      expect(readInputs().sopsAgeKeys).toEqual([key, second])
    } finally {
      spy.mockRestore()
    }
    expect(written.join('')).toContain(`::add-mask::${key}`)
    expect(written.join('')).toContain(`::add-mask::${second}`)
  })

  it('names a sops-age-key line that is not an identity by number, never quoting it', () => {
    set('sops-age-key', 'AGE-SECRET-KEY-1QQQQ\nhunter2-not-a-key\n')
    const spy = jest
      .spyOn(process.stdout, 'write')
      .mockImplementation(() => true)
    try {
      expect(() => readInputs()).toThrow(
        /^input "sops-age-key", line 2: not an age identity/
      )
      expect(() => readInputs()).not.toThrow(/hunter2/)
    } finally {
      spy.mockRestore()
    }
  })

  it('reads mode page and page-dir, and keeps the site inside the workspace', () => {
    set('mode', 'page')
    set('page-dir', 'site/gitops')
    expect(readInputs()).toMatchObject({
      mode: undefined,
      page: { enabled: true, dir: 'site/gitops' }
    })
    set('page-dir', '../elsewhere')
    expect(() => readInputs()).toThrow(
      'input "page-dir" takes a folder inside the workspace; got "../elsewhere"'
    )
  })

  it('reads chart mirrors one per line, skipping blanks and comments', () => {
    set(
      'chart-mirrors',
      '# offline runners\nhttps://charts.jetstack.io=http://127.0.0.1:8879/jetstack\n\noci://ghcr.io/x=oci://127.0.0.1:5000/x\n'
    )
    expect(readInputs().chartMirrors).toEqual([
      {
        from: 'https://charts.jetstack.io',
        to: 'http://127.0.0.1:8879/jetstack'
      },
      { from: 'oci://ghcr.io/x', to: 'oci://127.0.0.1:5000/x' }
    ])
    // The bad line is named by its place, never quoted: a mirror URL may
    // carry a credential, and the message is posted on the commit.
    set(
      'chart-mirrors',
      'https://charts.jetstack.io=http://mirror\nhttps://user:s3cr3t@charts.internal'
    )
    let message = ''
    try {
      readInputs()
    } catch (error) {
      message = (error as Error).message
    }
    expect(message).toBe(
      'input "chart-mirrors" takes one FROM=TO per line, both sides http(s):// URLs or both oci:// URLs; mirror 2 is not'
    )
    expect(message).not.toContain('s3cr3t')
  })

  it('reads every input and returns a frozen object', () => {
    set('definition', 'clusters/prod.yaml')
    set('mode', 'plan')
    set('full-reconcile', 'true')
    set('prune', 'false')
    set('timeout', '10m')
    set('concurrency', '2')
    set('kubeconfig', '  apiVersion: v1\nkind: Config\n')
    const inputs = readInputs()
    expect(inputs).toMatchObject({
      definition: 'clusters/prod.yaml',
      mode: 'plan',
      fullReconcile: true,
      prune: false,
      timeoutSeconds: 600,
      concurrency: 2,
      kubeconfig: 'apiVersion: v1\nkind: Config'
    })
    expect(Object.isFrozen(inputs)).toBe(true)
  })

  it.each([
    [
      'mode',
      'apply',
      'input "mode" accepts sync, plan, validate, discover, summary or page'
    ],
    ['prune', 'yes', 'input "prune" accepts true or false; got "yes"'],
    [
      'concurrency',
      '0',
      'input "concurrency" accepts a whole number of 1 or more; got "0"'
    ],
    [
      'timeout',
      'soon',
      'input "timeout" accepts a duration: seconds (600), or a number and a unit ms, s, m or h (500ms, 90s, 15m, 1h), or several of them, largest first (1h30m, 2m30s); got "soon"'
    ],
    ['timeout', '0', 'input "timeout" must be longer than 0; got "0"']
  ])('names the input %s and what it accepts', (name, value, message) => {
    set(name, value)
    expect(() => readInputs()).toThrow(message)
  })

  it.each([
    ['600', 600],
    ['90s', 90],
    ['1h30m', 5400],
    ['2m30s', 150]
  ])(
    "reads the timeout %s with the CLI's duration grammar",
    (text, seconds) => {
      set('timeout', text)
      expect(readInputs().timeoutSeconds).toBe(seconds)
    }
  )
})

describe('readInputsChecked', () => {
  it('reports every bad input at once, with the defaults in their place, so the run can still report on the commit', () => {
    set('concurrency', 'lots')
    set('prune', 'yes')
    set('mode', 'deploy')
    set('definition', 'clusters/prod.yaml')
    const { inputs, problems } = readInputsChecked()
    expect(problems.map((p) => p.message)).toEqual([
      'input "mode" accepts sync, plan, validate, discover, summary or page (or empty for the event\'s default); got "deploy"',
      'input "prune" accepts true or false; got "yes"',
      'input "concurrency" accepts a whole number of 1 or more; got "lots"'
    ])
    expect(inputs).toMatchObject({
      definition: 'clusters/prod.yaml',
      mode: undefined,
      prune: true,
      concurrency: 4
    })
    // readInputs keeps failing on the first one.
    expect(() => readInputs()).toThrow('input "mode"')
  })

  it('has no problems with good inputs', () => {
    set('concurrency', '2')
    expect(readInputsChecked().problems).toEqual([])
  })
})
