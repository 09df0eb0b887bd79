import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'out/'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      // Page text must never be parsed as HTML: build nodes, set textContent.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Use textContent or Preact; never innerHTML.' },
        { property: 'outerHTML', message: 'Use textContent or Preact; never outerHTML.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "AssignmentExpression[left.property.name='innerHTML']",
          message: 'Never assign innerHTML.',
        },
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No raw HTML.' },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // zod only through core/zod.ts, which turns off its eval probe (a CSP violation) first.
    files: ['**/*.ts', '**/*.tsx'],
    // The benchmarks set zod's flag themselves, to compare JIT and jitless.
    ignores: ['core/zod.ts', 'test/**', 'scripts/bench-evaluate.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'zod',
              message: "Import z from '@/core/zod' (jitless: no CSP violation).",
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    // core/ is pure: no browser API, so it runs in the worker, the popup, tests and the CLI alike.
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'wxt',
            'wxt/*',
            'webextension-polyfill',
            '@/lib/*',
            '@/components/*',
            'node:*',
          ],
        },
      ],
      'no-restricted-globals': ['error', 'browser', 'chrome', 'document', 'window', 'localStorage'],
    },
  },
  {
    // Issue 16's import boundaries: components render the core's models; adapters read pages into
    // core/facts pieces; the worker imports no UI (the labels and CSS it sends content scripts come
    // through lib/content-ui.ts). See DESIGN-REVIEW §8.
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/lib/adapters/*', '@/lib/content/*', '@/lib/worker/*'],
              message: 'Components render models: no page reading, no content or worker code.',
            },
            {
              group: ['@/core/evaluate', '@/core/rules/*', '!@/core/rules/terms'],
              message: 'Components do not decide: call core/prepare, render core/present.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['lib/adapters/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/components/*', '@/lib/worker/*', '@/lib/storage/*'],
              message: 'Adapters read pages: no UI, worker or storage.',
            },
            {
              group: ['@/core/evaluate', '@/core/prepare', '@/core/rules/*', '@/core/present/*'],
              message: 'Adapters report facts (core/facts); the core decides.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['lib/worker/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/components/*'],
              message: 'The worker imports no UI.',
            },
          ],
        },
      ],
    },
  },
);
