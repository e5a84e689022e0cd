import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

// Backend-only packages that must never reach the data plane or a plane:shared lib, even transitively.
const controlOnly = ['typeorm', 'pg', '@nestjs/*', 'bullmq', 'class-validator', 'class-transformer', 'reflect-metadata'];
const io = ['ioredis', 'undici', 'http-proxy', 'pg', 'typeorm', 'bullmq', 'node:fs', 'fs', 'node:http', 'http', 'node:https', 'https', 'node:net', 'net'];

export default [
  { ignores: ['**/node_modules/**', '**/dist/**', '**/tmp/**', '.nx/**', 'coverage/**'] },
  ...tseslint.configs.recommended.map((c) => ({ ...c, files: ['**/*.ts'] })),
  {
    files: ['**/*.ts'],
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-unused-vars': ['warn', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-exports': ['error', { restrictDefaultExports: { direct: true, named: true, defaultFrom: true, namedFrom: true, namespaceFrom: true } }],
      '@nx/enforce-module-boundaries': ['error', {
        allow: [],
        banTransitiveDependencies: false,
        depConstraints: [
          { sourceTag: 'plane:shared', onlyDependOnLibsWithTags: ['plane:shared'], bannedExternalImports: controlOnly },
          { sourceTag: 'plane:data', onlyDependOnLibsWithTags: ['plane:shared'], bannedExternalImports: controlOnly },
          { sourceTag: 'plane:control', onlyDependOnLibsWithTags: ['plane:control', 'plane:shared'] },
          { sourceTag: 'type:domain', notDependOnLibsWithTags: ['type:data-access', 'type:app'], bannedExternalImports: io },
          { sourceTag: 'type:util', notDependOnLibsWithTags: ['type:data-access', 'type:app'], bannedExternalImports: io },
          { sourceTag: 'type:app', notDependOnLibsWithTags: ['type:app'] },
        ],
      }],
    },
  },
  {
    // Nx's bannedExternalImports does not see Node built-ins: keep domain/util libs free of I/O here.
    files: ['libs/{model,routing,vtl,snapshot-compiler,openapi,mapping,request-validation,safe-regex}/src/**/*.ts'],
    ignores: ['**/*.spec.ts', '**/*.int-spec.ts', '**/fixtures/**', '**/golden/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: ['fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'http', 'node:http', 'https', 'node:https',
          'net', 'node:net', 'child_process', 'node:child_process', 'ioredis', 'undici'],
      }],
    },
  },
  {
    // Config modules are the only readers of process.env.
    files: ['apps/*/src/**/*.ts', 'libs/*/src/**/*.ts'],
    ignores: ['apps/*/src/config/**', 'apps/data-plane/src/config.ts', 'apps/tollgate-e2e/**', '**/*.spec.ts', '**/*.int-spec.ts'],
    rules: { 'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read the environment only in the app config module.' }] },
  },
  {
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts', '**/test/**/*.ts', 'scripts/**', 'migrations/**', '**/bench/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
];
