import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'dist-server', 'dist-embed', 'node_modules', 'test-results', 'playwright-report', 'src/core/schema.gen.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.js'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='toISOString']",
          message: 'Calendar dates are YYYY-MM-DD strings; toISOString shifts the day (see src/core/dates.ts).',
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // Imports run one way: app → features → ui, api, i18n → the shared code below them. A feature
    // reaching up into the page's shell (app/) would tie it to one page; i18n holds texts, not
    // features (it may name their types).
    files: ['src/features/**/*.{ts,tsx}', 'src/ui/**/*.{ts,tsx}', 'src/api/**/*.{ts,tsx}', 'src/i18n/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}', 'src/**/*.test-d.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/app/*'], message: 'features, ui, api and i18n do not import the page shell (src/app).' }] },
      ],
    },
  },
  {
    files: ['src/i18n/**/*.{ts,tsx}', 'src/api/**/*.{ts,tsx}', 'src/ui/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}', 'src/**/*.test-d.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/app/*'], message: 'ui, api and i18n do not import the page shell (src/app).' },
            { group: ['**/features/**'], allowTypeImports: true, message: 'ui, api and i18n sit below the features: they may name their types, not run their code.' },
          ],
        },
      ],
    },
  },
  {
    // Features are slices: calendars, events and import import nothing of another feature; the
    // workspace composes them (and app/ and embed/ compose the workspace). What several features
    // need lives below them, in core, api, ui and i18n.
    files: ['src/features/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: ['calendars', 'events', 'import'].map((feature) => ({
            target: `./src/features/${feature}`,
            from: './src/features',
            except: [`./${feature}`],
            message: 'A feature does not import another feature: move what both need to core, api or ui, or compose them in the workspace.',
          })),
        },
      ],
    },
  },
  {
    // src/core is what the browser and the server share (the API contract, dates, limits, the
    // schemas, locales, origins): it imports nothing from either side.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '^\\.\\./', message: 'src/core is shared by the browser and the server: it imports only from src/core.' }] }],
    },
  },
  {
    // The server takes from the browser's tree only src/core. Only the wiring (main, app, api)
    // and the sandbox itself may import the sandbox: the live path (proxy, http, messages, …) never
    // runs sandbox code.
    files: ['server/**/*.ts'],
    ignores: ['server/**/*.test.ts', 'server/test/**', 'server/main.ts', 'server/app.ts', 'server/api.ts', 'server/sandbox/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^(\\.\\./)+src/(?!core/)', message: 'The server imports from the browser tree only src/core.' },
            { group: ['**/sandbox/**', './sandbox/*'], message: 'The live path does not import the sandbox; only main, app and api wire it in.' },
          ],
        },
      ],
    },
  },
  {
    files: ['server/main.ts', 'server/app.ts', 'server/api.ts', 'server/sandbox/**/*.ts'],
    ignores: ['server/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '^(\\.\\./)+src/(?!core/)', message: 'The server imports from the browser tree only src/core.' }] }],
    },
  },
  {
    // No import cycles anywhere in the product's code (type-only imports count too: a cycle of
    // types still ties two modules into one).
    files: ['src/**/*.{ts,tsx}', 'server/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    // Only the server may read process.env; nothing secret may be built into the browser bundle.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}', 'src/**/*.test-d.ts', 'src/test/**'],
    rules: {
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'The browser bundle has no environment.' }],
      // tsconfig.app.json leaves Node's types out, but @types/papaparse pulls them in: lint keeps
      // Node out of the browser's code instead.
      'no-restricted-globals': ['error', ...['process', 'Buffer', 'require', '__dirname', '__filename', 'global'].map((name) => ({ name, message: 'The browser has no Node globals.' }))],
    },
  },
);
