// Lint rules, and the architecture's boundary: src/core and src/app may not touch host globals or host modules.
import tseslint from 'typescript-eslint';

const HOST_GLOBALS = [
  'SpreadsheetApp',
  'MailApp',
  'GmailApp',
  'PropertiesService',
  'ScriptApp',
  'LockService',
  'CacheService',
  'HtmlService',
  'Utilities',
  'Session',
  'UrlFetchApp',
  'DriveApp',
  'Logger',
  'Browser',
  'process',
  'require',
  'Buffer',
  '__dirname',
  '__filename',
  'module',
  'global',
  'window',
  'document',
].map((name) => ({ name, message: `${name} is host-specific: src/core and src/app reach the host only through a port.` }));

const HOST_MODULES = {
  patterns: [
    { group: ['node:*'], message: 'Node modules are host-specific: use a port.' },
    {
      group: ['fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'stream', 'url', 'util', 'zlib'],
      message: 'Node modules are host-specific: use a port.',
    },
    { group: ['exceljs', 'commander', 'playwright-core'], message: 'Host libraries belong in src/cli or tests.' },
    { group: ['**/gas/**', '**/cli/**', '**/ui/**', '**/test/**'], message: 'src/core and src/app may not import a host or tests.' },
  ],
};

export const boundary = {
  files: ['src/core/**/*.ts', 'src/app/**/*.ts'],
  rules: {
    'no-restricted-globals': ['error', ...HOST_GLOBALS],
    'no-restricted-imports': ['error', HOST_MODULES],
    'no-console': 'error',
  },
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'demo/**', 'test/fixtures/boundary/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  boundary,
  {
    files: ['src/gas/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['node:*', 'fs', 'path', 'exceljs', 'commander', '**/cli/**'], message: 'Apps Script has no Node.' }] },
      ],
    },
  },
  {
    files: ['test/**/*.ts', 'scripts/**', 'bench/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: {
      globals: { require: 'readonly', module: 'writable', process: 'readonly', console: 'readonly', __dirname: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
