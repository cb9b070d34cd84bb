import {
  applyChartMirrors,
  parseChartMirror
} from '../../src/definition/chart-mirrors.js'
import type {
  Addon,
  ChartSource,
  ClusterDefinition
} from '../../src/definition/definition-types.js'

const at = { file: 'cluster.yaml', line: 1, column: 1, pointer: '' }

function definitionWith(...charts: ChartSource[]): ClusterDefinition {
  const addons: Addon[] = charts.map((chart, i) => ({
    kind: 'addon',
    name: `a${i}`,
    stack: 's',
    chartName: 'app',
    chartVersion: '1.0.0',
    chart,
    values: {},
    parents: [],
    source: at
  }))
  return {
    apiVersion: 'v1',
    name: 'c',
    file: 'cluster.yaml',
    stacks: [{ name: 's', variables: {}, manifests: [], addons, source: at }],
    helmRegistries: [],
    files: ['cluster.yaml'],
    source: at
  }
}

const http = (location: string): ChartSource => ({
  type: 'http',
  location,
  resolvedBy: 'repository_url'
})

describe('chart mirrors', () => {
  it('parses FROM=TO and rejects other shapes', () => {
    expect(
      parseChartMirror('https://a.example/=http://127.0.0.1:8879')
    ).toEqual({ from: 'https://a.example', to: 'http://127.0.0.1:8879' })
    expect(() => parseChartMirror('https://a.example')).toThrow(
      'is not of the form FROM=TO'
    )
    expect(() =>
      parseChartMirror('https://a.example=oci://127.0.0.1:5000/charts')
    ).toThrow('both sides must be http(s):// URLs, or both oci:// URLs')
  })

  it('rewrites matching locations at a path boundary, longest prefix first', () => {
    const definition = definitionWith(
      http('https://charts.example.com/'),
      http('https://charts.example.com/stable'),
      http('https://charts.example.community'),
      { type: 'path', location: 'charts/app', resolvedBy: 'path' }
    )
    const mirrored = applyChartMirrors(definition, [
      parseChartMirror('https://charts.example.com=http://mirror/all'),
      parseChartMirror('https://charts.example.com/stable=http://mirror/stable')
    ])
    const charts = mirrored.stacks[0]?.addons.map((a) => a.chart)
    expect(charts).toEqual([
      {
        ...http('http://mirror/all'),
        mirroredFrom: 'https://charts.example.com/'
      },
      {
        ...http('http://mirror/stable'),
        mirroredFrom: 'https://charts.example.com/stable'
      },
      http('https://charts.example.community'),
      { type: 'path', location: 'charts/app', resolvedBy: 'path' }
    ])
    // The validated definition itself is left as written.
    expect(definition.stacks[0]?.addons[0]?.chart.location).toBe(
      'https://charts.example.com/'
    )
  })
})
