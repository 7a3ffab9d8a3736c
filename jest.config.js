/** Jest: unit tests run anywhere; integration and e2e tests use the Redis that scripts/test.js (or global-setup) starts. */
const tsJest = ['ts-jest', { diagnostics: false }];
const base = {
  transform: { '^.+\\.ts$': tsJest },
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'json'],
};
const withRedis = { ...base, testTimeout: 30_000 };
module.exports = {
  testTimeout: 60_000,
  globalSetup: '<rootDir>/test/helpers/global-setup.js',
  globalTeardown: '<rootDir>/test/helpers/global-teardown.js',
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/test/unit/**/*.test.ts'], testTimeout: 60_000 },
    { ...withRedis, displayName: 'integration', testMatch: ['<rootDir>/test/integration/**/*.test.ts'] },
    { ...withRedis, displayName: 'e2e', testMatch: ['<rootDir>/test/e2e/**/*.test.ts'], testTimeout: 60_000 },
  ],
};
