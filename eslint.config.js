// @ts-check
// One lint for the whole repository, run by `npm test`: typescript-eslint's recommended rules on all
// TypeScript, angular-eslint's on web/ and its templates (accessibility included). Only rules that catch
// defects: no Prettier, no stylistic sets, so a lint fix never rewrites hundreds of lines.
// Not type-aware on purpose: the typed rules took ~50 s here and mostly flagged Knex's where(function)
// builders and supertest's `any` bodies, not bugs.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import angular from 'angular-eslint';

// The Node globals our few plain-JS scripts use (karma config, chrome finder, e2e server).
const nodeGlobals = { process: 'readonly', console: 'readonly' };
const commonJsGlobals = { ...nodeGlobals, require: 'readonly', module: 'writable', __dirname: 'readonly' };

export default tseslint.config(
  {
    ignores: [
      '**/dist/', '**/.angular/', '**/node_modules/', '**/.data/', 'api/assets/',
      'test-results/', 'playwright-report/', 'coverage/',
    ],
  },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  {
    files: ['**/*.ts'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    rules: {
      // A few core rules outside the recommended set that each name a real bug: == coercion (null
      // checks excepted), x === x, "${}" in a plain string, a map/filter callback that forgets to
      // return, and loops whose condition never changes or whose body always exits.
      eqeqeq: ['error', 'smart'],
      'no-self-compare': 'error',
      'no-template-curly-in-string': 'error',
      'array-callback-return': 'error',
      'no-unmodified-loop-condition': 'error',
      'no-unreachable-loop': 'error',
      // `_` marks a parameter or element an interface makes us accept but we do not use.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.mjs'],
    extends: [js.configs.recommended],
    languageOptions: { sourceType: 'module', globals: nodeGlobals },
  },
  {
    files: ['**/*.cjs'],
    extends: [js.configs.recommended],
    languageOptions: { sourceType: 'commonjs', globals: commonJsGlobals },
  },
  {
    files: ['web/**/*.ts'],
    extends: [...angular.configs.tsRecommended],
    processor: angular.processInlineTemplates,
  },
  {
    files: ['web/**/*.html'],
    extends: [...angular.configs.templateRecommended, ...angular.configs.templateAccessibility],
  },
  {
    // eslint.config.js itself, linted like any other script.
    files: ['*.js'],
    extends: [js.configs.recommended],
    languageOptions: { sourceType: 'module' },
  },
);
