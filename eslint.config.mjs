import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const pureDomainImports = {
  patterns: [
    {
      group: ['botbuilder*', 'restify*', '@azure/*', '@microsoft/*', 'node:*', 'fs', 'http', 'https', 'child_process', 'zod'],
      message: 'domain/ is pure: no I/O, SDKs or schemas.',
    },
    {
      group: [
        '../app/*',
        '../storage/*',
        '../teams/*',
        '../cards/*',
        '../http/*',
        '../scheduler/*',
        '../config/*',
        '../dev/*',
        '../schemas/*',
        '../main',
      ],
      message: 'domain/ depends on nothing else in bot/src.',
    },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'tab/dist/**', 'node_modules/**', '.data/**', 'coverage/**', 'tests/artifacts/**', 'devTools/**'] },
  // Rendered app packages and the staged deployment (npm run package, npm run stage:deploy).
  { ignores: ['build/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', '*.mjs', 'scripts/*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-empty': ['error', { allowEmptyCatch: false }],
    },
  },
  {
    // The texts, the API contracts and the document model are pure too: the tab imports the first two as well as the server.
    files: ['bot/src/domain/**/*.ts', 'bot/src/texts/**/*.ts', 'bot/src/contracts/**/*.ts', 'bot/src/documents/model/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', pureDomainImports],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'domain/ takes settings as parameters.' },
        { name: 'fetch', message: 'domain/ does no I/O.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'domain/ takes the clock as a parameter.',
        },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'domain/ takes the clock as a parameter.' },
        {
          selector: "CallExpression[callee.object.name='DateTime'][callee.property.name='now']",
          message: 'domain/ takes the clock as a parameter.',
        },
      ],
    },
  },
  {
    files: ['tab/src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/bot/src/*',
                '!**/bot/src/domain',
                '!**/bot/src/texts',
                '!**/bot/src/contracts',
                '**/bot/src/!(domain|texts|contracts)/**',
              ],
              message: 'The tab may import only from bot/src/domain, bot/src/texts and bot/src/contracts.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      // Keep disableTypeChecked's parser options (no project service), which a plain `languageOptions` would drop.
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { require: 'readonly', module: 'writable', process: 'readonly', console: 'readonly', __dirname: 'readonly' },
    },
  },
);
