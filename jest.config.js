// One jest run, three projects: unit (no I/O), int (real Postgres + Redis), e2e (real HTTP, all planes).
const swc = ['@swc/jest', {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
}];
const common = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': swc, '/node_modules/(@nestjs|@apidevtools/json-schema-ref-parser)/.+\\.js$': swc },
  // NestJS 12 and json-schema-ref-parser (under swagger-parser) ship ESM only; jest on Node 20 cannot
  // require ESM, so SWC turns them into CommonJS.
  transformIgnorePatterns: ['/node_modules/(?!@nestjs/|@apidevtools/json-schema-ref-parser/)'],
  moduleNameMapper: { '^@tollgate/([a-z-]+)$': '<rootDir>/libs/$1/src/index.ts' },
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
};
module.exports = {
  // Integration and e2e tests talk to real servers; a loaded 2-core machine needs more than jest's 5 s.
  testTimeout: 30_000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts'] },
    { ...common, displayName: 'int', testMatch: ['<rootDir>/{apps,libs}/**/*.int-spec.ts'],
      globalSetup: '<rootDir>/scripts/jest-global-setup.ts' },
    { ...common, displayName: 'e2e', testMatch: ['<rootDir>/apps/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/scripts/jest-global-setup.ts' },
  ],
};
