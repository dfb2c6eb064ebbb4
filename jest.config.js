/** Type-checking runs once in `npm test` (tsc --noEmit); jest only transpiles. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { diagnostics: false }],
  },
  testTimeout: 30000,
  // Jest's default on 2 cores is one worker; the heavy tests wait on helm, kubectl and the API
  // server half the time, so two workers use both cores.
  maxWorkers: 2,
  // helm, the chart cache and a scratch render cache, once per run (see the files).
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
};
