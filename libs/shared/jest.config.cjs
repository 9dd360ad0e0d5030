module.exports = { ...require('../../jest.preset.cjs'), displayName: 'shared', testMatch: ['<rootDir>/src/**/*.spec.ts'] };
