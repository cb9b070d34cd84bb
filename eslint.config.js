// Strict, type-checked linting (STYLE.md §5.12) plus the layering rules of
// STYLE.md §3: domain code never imports @actions/* or the adapters.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import importX from 'eslint-plugin-import-x'

const noActions = {
  group: ['@actions/*'],
  message:
    'Only src/adapters, src/inputs.ts and src/main*.ts may use @actions/*.'
}
const noAdapters = {
  group: ['**/adapters/*', '../adapters/*', './adapters/*'],
  message:
    'Domain code depends on ports; only main*.ts and cli code wire adapters.'
}
// Validating, planning and loading a definition read files only through
// the FileSystem port, so they stay testable without a disk.
const noFileAccess = {
  group: ['node:fs', 'node:fs/*', 'fs', 'fs/*'],
  message:
    'definition/, validate/ and plan/ are pure: read files through the FileSystem port (ports/fs.ts).'
}
const noCli = {
  group: ['**/cli/**', '../cli.js'],
  message:
    'Adapters implement ports; the CLI depends on them, not the other way round.'
}

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'coverage/',
      '__fixtures__/definitions/',
      'e2e/repos/',
      'examples/',
      '**/*.d.ts'
    ]
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname
      }
    },
    plugins: { 'import-x': importX },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/explicit-module-boundary-types': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_' }
      ],
      'import-x/no-cycle': 'error'
    }
  },
  {
    files: ['src/**/*.ts'],
    ignores: [
      'src/adapters/**',
      'src/main.ts',
      'src/main-*.ts',
      'src/inputs.ts',
      'src/cli/**',
      'src/cli.ts'
    ],
    rules: {
      'no-restricted-imports': ['error', { patterns: [noActions, noAdapters] }]
    }
  },
  {
    // Replaces the rule above for these folders (flat config does not merge
    // a rule's options), so it repeats its patterns.
    files: [
      'src/definition/**/*.ts',
      'src/validate/**/*.ts',
      'src/plan/**/*.ts'
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [noActions, noAdapters, noFileAccess] }
      ]
    }
  },
  {
    files: ['src/adapters/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noCli] }] }
  },
  {
    files: ['src/cli/**/*.ts', 'src/cli.ts', 'src/cli-entry.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noActions] }] }
  },
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        Buffer: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly'
      }
    },
    rules: {
      ...tseslint.configs.disableTypeChecked.rules,
      '@typescript-eslint/explicit-module-boundary-types': 'off'
    }
  },
  {
    // The CLI's CommonJS entry points (scripts/cli-entry.cjs says why).
    files: ['**/*.cjs', 'bin/*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly' }
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' }
  },
  {
    files: [
      '__tests__/**/*.ts',
      'e2e/**/*.ts',
      'bench/**/*.ts',
      '__fixtures__/**/*.ts'
    ],
    rules: {
      '@typescript-eslint/explicit-module-boundary-types': 'off',
      '@typescript-eslint/unbound-method': 'off'
    }
  }
)
