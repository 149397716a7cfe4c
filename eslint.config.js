import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import { layering } from './eslint.layering.js';

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'src/lib/paraglide/',
			'test-results/',
			'playwright-report/',
			'drizzle/',
			'drizzle-pg/',
			'data/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'no-undef': 'off',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser
			}
		}
	},
	{
		// Every database call is asynchronous now (SQLite and PostgreSQL alike): a query that is
		// not awaited is a bug, and so is a promise where a value is expected.
		files: ['src/**/*.ts', 'tests/**/*.ts'],
		ignores: ['src/service-worker/**'],
		languageOptions: { parserOptions: { projectService: true } },
		rules: {
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-misused-promises': [
				'error',
				{ checksVoidReturn: { arguments: false, attributes: false } }
			]
		}
	},
	{
		files: ['src/lib/server/**/*.ts', 'src/routes/**/*.ts'],
		ignores: ['src/lib/server/db/copy-to-postgres.ts', 'src/lib/server/**/*.spec.ts'],
		rules: {
			'no-restricted-syntax': [
				'error',
				{
					selector:
						'CallExpression[arguments.length=0] > MemberExpression.callee > Identifier.property[name=/^(get|all|run)$/]',
					message:
						"SQLite's driver only: await the query itself, or use first() / run() from src/lib/server/db/query.ts"
				}
			]
		}
	},
	...layering
);
