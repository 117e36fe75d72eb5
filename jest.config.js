/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }],
    '/node_modules/@actions/workflow-parser/.+\\.js$': '<rootDir>/__tests__/helpers/json-import-attribute.cjs',
  },
  transformIgnorePatterns: ['/node_modules/(?!@actions/workflow-parser/)'],
  testMatch: ['**/__tests__/**/*.test.ts'],
  // Every request to the loopback GitHub servers is checked against GitHub's REST description (@octokit/openapi).
  globalSetup: '<rootDir>/__tests__/setup/github-openapi.mjs',
  modulePathIgnorePatterns: ['<rootDir>/dist/'],
  testTimeout: 30000,
  // On a 2-core machine jest would run every file in its own process (in band), where ESM module registries pile up
  // past the 4 GB heap: worker processes, each restarted once it holds more than 1 GB after a file.
  maxWorkers: 2,
  workerIdleMemoryLimit: '1GB',
};
