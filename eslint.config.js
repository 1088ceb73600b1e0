import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'dist-server', 'dist-embed', 'node_modules', 'test-results', 'playwright-report', 'src/api/schema.gen.ts'] },
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
          message: 'Calendar dates are YYYY-MM-DD strings; toISOString shifts the day (see src/features/events/dates.ts).',
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
    ignores: ['src/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/app/*'], message: 'features, ui, api and i18n do not import the page shell (src/app).' }] },
      ],
    },
  },
  {
    files: ['src/i18n/**/*.{ts,tsx}', 'src/api/**/*.{ts,tsx}', 'src/ui/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}'],
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
    // The live path (the proxy to Flashduty) never runs sandbox code.
    files: ['server/proxy.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/sandbox/**'], message: 'The live proxy does not import the sandbox.' }] }] },
  },
  {
    // Only the server may read process.env; nothing secret may be built into the browser bundle.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}', 'src/test/**'],
    rules: { 'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'The browser bundle has no environment.' }] },
  },
);
