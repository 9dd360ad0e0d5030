// Unit (*.spec.ts), integration (*.int-spec.ts) and HTTP end-to-end (*.e2e-spec.ts) tests of the API.
// Each test file gets its own database cloned from a template the global setup migrates.
module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'api',
  rootDir: '.',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.int-spec.ts', '<rootDir>/test/**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/src/test-support/global-setup.ts',
  globalTeardown: '<rootDir>/src/test-support/global-teardown.ts',
  maxWorkers: 2,
  testTimeout: 60000,
};
