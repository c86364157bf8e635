/**
 * Three projects: unit (pure, fast), integration (real Azurite started by the
 * run, real HTTP) and e2e (headless Chromium). `npm test` runs all three.
 *
 * Each project names its own global set-up, so a unit run starts no Azurite
 * and no browser. Two workers on a two-core machine: Jest's default there is
 * one, and most of a browser or HTTP test is waiting on another process.
 */
const transform = { '^.+\\.tsx?$': '<rootDir>/tests/support/esbuild-transform.mjs' };
const common = { testEnvironment: 'node', transform, moduleFileExtensions: ['ts', 'tsx', 'js', 'json'] };
// One Azurite (in memory) for the run; each test file uses its own table prefix.
const storage = {
  globalSetup: '<rootDir>/tests/support/global-setup.ts',
  globalTeardown: '<rootDir>/tests/support/global-teardown.ts',
};

module.exports = {
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/tests/unit/**/*.test.ts'] },
    {
      ...common,
      ...storage,
      displayName: 'integration',
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts'],
    },
    {
      ...common,
      ...storage,
      // Azurite and one Chromium that every browser test file connects to.
      globalSetup: '<rootDir>/tests/support/global-setup-e2e.ts',
      displayName: 'e2e',
      testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'],
    },
  ],
  maxWorkers: 2,
  testTimeout: 30000,
};
