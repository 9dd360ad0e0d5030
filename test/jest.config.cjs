// End-to-end tests under test/: the BUILT app started as a separate process (smoke) and driven in real
// Chromium (browser). Run after `npm run build`: `npx jest -c test/jest.config.cjs`.
const preset = require('../jest.preset.cjs');

module.exports = {
  ...preset,
  displayName: 'e2e',
  rootDir: __dirname,
  testMatch: ['<rootDir>/**/*.e2e-spec.ts'],
  maxWorkers: 1,
  testTimeout: 120_000,
  slowTestThreshold: 30,
};
