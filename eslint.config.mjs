import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores(['.next/**', 'lib/generated/**', '.data/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts']),
  {
    rules: {
      // Destructuring a field away to drop it is the idiom for "all but".
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    // Playwright fixtures call their callback `use`, which is not React's hook.
    files: ['tests/e2e/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    // One typed reader each: the app's, the tooling's and the e2e tests'.
    files: ['**/*.{ts,tsx,mjs}'],
    ignores: ['lib/env.ts', 'scripts/env.ts', 'tests/e2e/env.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read configuration through lib/env.ts (app), scripts/env.ts (tooling) or tests/e2e/env.ts.' },
      ],
    },
  },
  {
    // scripts/ is tooling that runs the app, never part of it.
    files: ['app/**', 'components/**', 'lib/**', 'proxy.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@/scripts/*', '**/scripts/*'], message: 'The app does not import its tooling (scripts/).' }] }],
    },
  },
  {
    // The engine must run unchanged on the server, in the browser and in the
    // benchmark: no framework, database, environment or clock. So must the
    // CSV import, whose preview the browser shows and the server stores.
    files: ['lib/underwrite/**/*.ts', 'lib/actuals/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['next', 'next/*', 'react', 'react/*', 'react-dom', 'react-dom/*'], message: 'The engine is framework-free.' },
            { group: ['@prisma/*', 'prisma', '*/generated/*', 'pg', 'server-only'], message: 'The engine does no I/O.' },
            { group: ['@/lib/env', '*/env', 'node:*', 'fs', 'path'], message: 'The engine reads no environment or files.' },
            { group: ['@/scripts/*', '**/scripts/*'], message: 'The engine does not import tooling.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'process', 'window', 'document', 'fetch'],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'The engine reads no clock.' },
        { object: 'Math', property: 'random', message: 'The engine is deterministic.' },
      ],
      'no-restricted-syntax': ['error', { selector: "NewExpression[callee.name='Date']", message: 'The engine reads no clock.' }],
    },
  },
]);
