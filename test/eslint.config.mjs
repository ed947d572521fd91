// The tests' own ESLint config, for the JavaScript around the tests that the template config (eslint.config.mjs,
// run by `n8n-node lint`) only parses: the emulator, the coverage hooks, the e2e suite, the benchmark and
// scripts/. They run in Node (servers, child processes, files), so they get ESLint's recommended rules with Node's
// globals, not n8n's rules for node code. The TypeScript tests are linted by `n8n-node lint` with the template.
// Run: npm run lint:test
import js from '@eslint/js';
import globals from 'globals';

export default [
	{
		files: ['**/*.{js,cjs,mjs}'],
		...js.configs.recommended,
		languageOptions: { ecmaVersion: 'latest', globals: { ...globals.node } },
		rules: {
			...js.configs.recommended.rules,
			// best-effort cleanup (kill, unlink, probe) ignores its errors; `{ a, ...rest }` drops `a` on purpose
			'no-empty': ['error', { allowEmptyCatch: true }],
			'no-unused-vars': ['error', { caughtErrors: 'none', ignoreRestSiblings: true }],
		},
	},
	{ files: ['**/*.js', '**/*.cjs'], languageOptions: { sourceType: 'commonjs' } },
	{ files: ['**/*.mjs'], languageOptions: { sourceType: 'module' } },
];
