// Lint rules: typescript-eslint's recommended set, plus the project's one hard rule: page HTML never
// reaches an HTML sink unless it went through DOMPurify (functions named safe…/sanitize…).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'artifacts/**', 'node_modules/**', 'test/e2e/output/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        document: 'readonly',
        window: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-undef': 'off',
    },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]:not(:has(CallExpression[callee.property.name='sanitize']))",
          message: 'Assign HTML only from DOMPurify.sanitize(...) output.',
        },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: 'insertAdjacentHTML is not allowed; build DOM nodes or sanitise with DOMPurify.',
        },
        {
          selector:
            "JSXAttribute[name.name='dangerouslySetInnerHTML']:not(:has(CallExpression[callee.name=/^safe/]))",
          message: 'dangerouslySetInnerHTML only with a safe…() DOMPurify helper.',
        },
        {
          selector: "CallExpression[callee.name='eval'], NewExpression[callee.name='Function']",
          message: 'No eval in an extension.',
        },
      ],
    },
  },
);
