// ESLint, run by `npm test` with zero warnings allowed. Flat config: typescript-eslint's
// recommended rules, React hooks rules for the interface, and the house rules that keep the
// module shape (src/server/modules/README.md) true without review.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', '.test-data/**', 'src/web/public/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'off',
    },
  },
  {
    files: ['src/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // The interface talks to the server through its feature's api/ files, typed by the contract.
      'no-restricted-imports': ['error', { patterns: [
        { group: ['**/server/**'], message: 'L’interface ne lit pas le code du serveur : ses types viennent de src/shared/contracts.' },
      ] }],
    },
  },
  {
    // Roles are read by the policy layer alone (decision 0003): every other part asks a policy.
    files: ['src/server/**/*.ts', 'tests/**/*.ts', 'bench/**/*.ts'],
    ignores: ['src/server/policies/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['**/policies/roles.ts', '**/policies/roles'], message: 'Seule la couche des politiques (src/server/policies) lit les rôles : posez-lui la question.' },
        { group: ['**/policies/*.ts', '!**/policies/index.ts'], message: 'Importez la couche des politiques par src/server/policies/index.ts.' },
      ] }],
      'no-restricted-syntax': ['error',
        { selector: "MemberExpression[property.name='roles'][object.name=/^(user|viewer|caller|me|currentUser)$/]", message: 'Seule la couche des politiques lit les rôles d’une personne.' },
        { selector: "MemberExpression[property.name='roles'][object.property.name='user']", message: 'Seule la couche des politiques lit les rôles d’une personne.' },
      ],
    },
  },
  {
    // A module reads another module through its index.ts only (src/server/modules/README.md).
    files: ['src/server/modules/*/**/*.ts'],
    ignores: ['src/server/modules/*/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['**/policies/roles.ts', '**/policies/roles'], message: 'Seule la couche des politiques (src/server/policies) lit les rôles : posez-lui la question.' },
        { group: ['**/policies/*.ts', '!**/policies/index.ts'], message: 'Importez la couche des politiques par src/server/policies/index.ts.' },
        { regex: '^\\.\\./(?!\\.\\.)[^/]+/(?!index\\.ts$).+', message: 'Un module n’importe un autre module que par son index.ts.' },
      ] }],
    },
  },
  {
    // A migration runs on the database as it was then, not as today's schema types say (Kysely's advice).
    files: ['src/server/db/migrations/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Sign-in builds the person and their roles from the database, and presents the session.
    files: ['src/server/auth/**/*.ts', 'tests/**/*.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
