// Lint: the checks tsc does not make. Floating promises and non-exhaustive switches are bugs in a
// system where a dropped promise can be a lost distress call; circular imports fail the build; and
// the layout's borders are enforced here, not only described in the README.
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import { builtinModules } from 'node:module';

/** Modules the browser-safe code (web/ and shared/ outside shared/backend/) must never import. */
const NODE_ONLY = [
  ...builtinModules,
  ...builtinModules.map((m) => `node:${m}`),
  'ioredis',
  'bullmq',
  'express',
  'pino',
  'twilio',
  'socket.io',
  'prom-client',
  'tsx',
  '@socket.io/redis-adapter',
  '@socket.io/redis-emitter',
  'rate-limiter-flexible',
  'helmet',
];

/** Browser-safe parts of shared/: what server, worker and web all speak. */
const BROWSER_SAFE_SHARED = [
  './shared/domain',
  './shared/geo',
  './shared/ais',
  './shared/jobs',
  './shared/realtime',
  './shared/sitrep',
  './shared/api',
  './shared/i18n',
  './shared/errors.ts',
  './shared/phone.ts',
];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'web/dist/', 'var/', 'coverage/', '**/*.js', '**/*.mjs'] },
  {
    files: ['**/*.ts'],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { '@typescript-eslint': tseslint.plugin, 'import-x': importX },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { arguments: false, attributes: false } },
      ],
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      // Prettier wraps code at 120 but cannot break long strings, comments or test names: those are
      // split by hand, and this keeps them split.
      'max-len': ['error', { code: 120, ignoreUrls: false }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './server',
              from: './worker',
              message: 'the HTTP process never imports the worker: put what both need in shared/backend/',
            },
            {
              target: './worker',
              from: './server',
              message: 'the worker never imports the HTTP process: put what both need in shared/backend/',
            },
            {
              target: './shared',
              from: ['./server', './worker', './web', './bin'],
              message: 'shared/ is imported by the processes, never the other way round',
            },
            {
              target: BROWSER_SAFE_SHARED,
              from: './shared/backend',
              message: 'browser-safe shared code must not import the Node-only backend library',
            },
            {
              target: './web',
              from: ['./server', './worker', './bin', './shared/backend'],
              message: 'the web client imports only browser-safe shared modules',
            },
          ],
        },
      ],
    },
    settings: { 'import-x/resolver': { node: { extensions: ['.ts', '.js'] } } },
  },
  {
    // The browser-safe code: nothing that needs Node.
    files: [
      'web/**/*.ts',
      ...BROWSER_SAFE_SHARED.map((p) => (p.endsWith('.ts') ? p.slice(2) : `${p.slice(2)}/**/*.ts`)),
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: NODE_ONLY.map((name) => ({
            name,
            message: 'browser-safe code: no Node-only modules (use shared/backend/)',
          })),
        },
      ],
    },
  },
);
