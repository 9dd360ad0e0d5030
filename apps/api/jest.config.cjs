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
  // jest under --experimental-vm-modules keeps each test file's module graph alive (~35 MB per e2e file), so a
  // worker reached 1-1.5 GB by the end, took longer than jest's fixed 500 ms to exit on a busy machine, and
  // was reported as "failed to exit gracefully" (no open handle: its event loop was already empty).
  // Recycling a worker past this heap keeps every worker small; it costs a few seconds per run.
  workerIdleMemoryLimit: '300MB',
  testTimeout: 60000,
};
