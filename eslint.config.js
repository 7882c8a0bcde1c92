// @ts-check
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

// Held to typescript-eslint's strict type-checked rules: all of it.
const STRICT = ['tests/**', 'bench/**', 'scripts/**', '*.config.ts', '*.config.js', 'lib/**', 'components/**', 'entrypoints/**'];

export default defineConfig(
  {
    ignores: [
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      'bench-output/**',
      'test-results/**',
      'playwright-report/**',
      '.test-reports/**',
      'tests/corpus/**',
      'tests/fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: {
        window: 'readonly',
        document: 'readonly',
        console: 'readonly',
        process: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        performance: 'readonly',
        navigator: 'readonly',
        globalThis: 'readonly',
        structuredClone: 'readonly',
        Buffer: 'readonly',
      },
    },
    rules: {
      // Text is cleaned of control characters on purpose.
      'no-control-regex': 'off',
      // Unused names are errors, except a leading underscore marking one kept on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // What runs in the extension: page text and notes are data, never written as markup.
    files: ['lib/**', 'components/**', 'entrypoints/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Page text and notes are data: use textContent or DOM nodes.' },
        { property: 'outerHTML', message: 'Page text and notes are data: use textContent or DOM nodes.' },
      ],
      'no-restricted-syntax': ['error', { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Page text and notes are data.' }],
      // A longer function does several jobs: give each a module or a function with a name.
      'max-lines-per-function': ['error', { max: 120 }],
    },
  },
  ...tseslint.configs.strictTypeChecked.map((config) => ({ ...config, files: STRICT })),
  {
    files: STRICT,
    languageOptions: {
      // Types come from tsconfig.json, which holds every .ts file; this file is JavaScript (no allowJs
      // there), so the project service opens it with its default project.
      parserOptions: { projectService: { allowDefaultProject: ['*.config.js'] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Counts and timings go into messages and file names as they are; a number always prints well.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // `() => void thing()` is the usual shape of callbacks (expect(...).toThrow, listeners): the arrow returns nothing anyone reads.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
    },
  },
  {
    // Playwright's fixtures take their dependencies as a destructured first argument, empty or not.
    files: ['tests/e2e/**'],
    rules: { 'no-empty-pattern': ['error', { allowObjectPatternsAsParameters: true }] },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier,
);
