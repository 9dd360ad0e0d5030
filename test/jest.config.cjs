// End-to-end tests under test/: the BUILT app started as a separate process (smoke) and driven in real
// Chromium (browser). Run after `npm run build`: `npx jest -c test/jest.config.cjs`.
//
// Two projects, so that the browser tests' global setup (check for Chromium, start ONE app for all browser
// test files) runs only when browser tests are selected. The smoke test needs no browser and starts its
// own apps (it needs an empty data dir and a restart).
const preset = require('../jest.preset.cjs');

const project = (name, extra = {}) => ({
  ...preset,
  displayName: name,
  rootDir: __dirname,
  testMatch: [`<rootDir>/${name}/**/*.e2e-spec.ts`],
  ...extra,
});

module.exports = {
  maxWorkers: 1,
  testTimeout: 120_000,
  slowTestThreshold: 30,
  projects: [
    project('smoke'),
    project('browser', {
      globalSetup: '<rootDir>/browser/global-setup.ts',
      globalTeardown: '<rootDir>/browser/global-teardown.ts',
    }),
  ],
};
