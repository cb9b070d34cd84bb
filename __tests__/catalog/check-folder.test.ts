import { createNodeFs } from '../../src/adapters/node-fs.js'
import { checkRegistryFolder } from '../../src/catalog/check-folder.js'
import type { Diagnostic } from '../../src/diagnostics.js'

/** `file:line:col severity code`, the part of a finding that must not drift. */
const brief = (d: Diagnostic): string =>
  `${d.file}:${d.line}:${d.column} ${d.severity} ${d.code}`

const check = (name: string) =>
  checkRegistryFolder(createNodeFs(), `__fixtures__/catalog/${name}`, name)

describe('catalog check on fixture folders', () => {
  it('passes a good folder, listing waived findings as notices', async () => {
    const result = await check('good')
    expect(result.files).toBe(5)
    expect(result.diagnostics.map(brief)).toEqual([
      'good/legacy.yaml:5:34 info registry-missing-final-newline',
      'good/mirror.yaml:4:9 info registry-name-differs-from-file',
      'good/mirror.yaml:5:8 info registry-duplicate-url'
    ])
    // The reason comes from the README line (backticks and `--` accepted),
    // and a fenced example or another section is not read as an exception.
    expect(result.diagnostics[2]?.message).toBe(
      'spec.url is shared with jetstack.yaml, as recorded in good/README.md:11: the mirror keeps working when the main name is renamed'
    )
    expect(result.diagnostics[0]?.message).toBe(
      'no newline at the end of the file, as recorded in good/README.md:12: imported as is'
    )
  })

  it('reports every broken rule of a bad folder with file:line:column', async () => {
    const result = await check('bad')
    expect(result.diagnostics.map(brief)).toEqual([
      'bad/README.md:5:1 warning registry-exception-unused',
      'bad/README.md:6:1 error registry-exception-malformed',
      'bad/README.md:7:1 error registry-exception-malformed',
      'bad/bad-kind.yaml:2:7 error registry-kind-mismatch',
      'bad/broken.yaml:3:1 error registry-invalid-yaml',
      'bad/dup-name-a.yaml:4:9 info registry-name-differs-from-file',
      'bad/dup-name-b.yaml:4:9 error registry-duplicate-name',
      'bad/dup-name-b.yaml:4:9 info registry-name-differs-from-file',
      'bad/enum-kind.yaml:2:7 error registry-schema',
      'bad/enum-kind.yaml:5:8 error registry-schema',
      'bad/no-newline.yaml:5:30 error registry-missing-final-newline',
      'bad/notes.txt:1:1 warning registry-unexpected-file',
      'bad/same-url-2.yaml:5:8 error registry-duplicate-url',
      'bad/spaced-name.yaml:4:9 error registry-schema',
      'bad/spaced-name.yaml:6:3 error registry-schema',
      'bad/typo-key.yaml:4:3 error registry-schema',
      'bad/typo-key.yaml:4:3 error registry-schema'
    ])
  })

  it('explains each finding and suggests the fix', async () => {
    const byFile = new Map<string, Diagnostic[]>()
    for (const d of (await check('bad')).diagnostics) {
      byFile.set(d.file ?? '', [...(byFile.get(d.file ?? '') ?? []), d])
    }
    const first = (file: string): Diagnostic | undefined =>
      byFile.get(`bad/${file}`)?.[0]
    expect(first('bad-kind.yaml')).toMatchObject({
      message:
        'kind OCIRegistry does not match the URL https://charts.example.com: http(s):// URLs are HTTPRegistry',
      hint: "write kind: HTTPRegistry, or fix the URL's scheme"
    })
    expect(first('enum-kind.yaml')).toMatchObject({
      message:
        'kind must be one of HTTPRegistry, OCIRegistry; got "HttpRegistry"',
      hint: 'did you mean "HTTPRegistry"?',
      pointer: '/kind'
    })
    expect(byFile.get('bad/typo-key.yaml')?.[1]).toMatchObject({
      message: 'spec: unknown field "nmae"; allowed: name, url, exclude_charts',
      hint: 'did you mean "name"?',
      pointer: '/spec/nmae'
    })
    expect(byFile.get('bad/spaced-name.yaml')?.[1]?.hint).toMatch(
      /^credentials never go in the catalog/
    )
    expect(first('dup-name-b.yaml')?.message).toBe(
      'spec.name "JET STACK" is already used by dup-name-a.yaml ("Jet  Stack"); names are compared lower-cased, trimmed and with inner whitespace collapsed'
    )
    expect(first('same-url-2.yaml')?.hint).toBe(
      'use the existing registry "same-url-1", or record why both are needed in bad/README.md: - duplicate-url: same-url-1.yaml same-url-2.yaml — <reason>'
    )
    expect(first('broken.yaml')?.message).toBe(
      'not valid YAML: Map keys must be unique'
    )
    expect(byFile.get('bad/README.md')?.[1]?.message).toBe(
      'a recorded exception must read "<rule>: <file> … — <reason>"; got "missing-final-newline: no-newline.yaml"'
    )
  })

  it('rejects when the folder does not exist', async () => {
    await expect(check('no-such-folder')).rejects.toMatchObject({
      code: 'ENOENT'
    })
  })
})
