import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The files below do not exist, so the type-aware rules (which need them in the project) are off.
const eslint = new ESLint({
	overrideConfig: {
		files: ['**/*.ts'],
		languageOptions: { parserOptions: { projectService: false } },
		rules: {
			'@typescript-eslint/no-floating-promises': 'off',
			'@typescript-eslint/no-misused-promises': 'off'
		}
	}
});

/** The messages ESLint's real configuration gives for `code` placed at `filePath`. */
async function layeringErrors(code: string, filePath: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, { filePath });
	return (result?.messages ?? [])
		.filter((message) =>
			['@typescript-eslint/no-restricted-imports', 'no-restricted-globals'].includes(
				message.ruleId ?? ''
			)
		)
		.map((message) => message.message);
}

describe('layering (eslint.layering.js)', () => {
	it.each([
		["import { tick } from 'svelte';", 'src/lib/doodle/new-model.ts'],
		["import { error } from '@sveltejs/kit';", 'src/lib/sketch/new-sampler.ts'],
		["import { m } from '#lib/paraglide/messages';", 'src/lib/curriculum/new-core.ts'],
		["import { getDb } from '#lib/server/db';", 'src/lib/doodle/new-model.ts'],
		["import { getDb } from '../server/db';", 'src/lib/sketch/new-sampler.ts'],
		['export const width = window.innerWidth;', 'src/lib/doodle/new-model.ts'],
		["import { eq } from 'drizzle-orm';", 'src/routes/learn/new.server.ts'],
		["import { students } from '#lib/server/db/schema';", 'src/routes/teach/+page.server.ts'],
		["import { redirect } from '@sveltejs/kit';", 'src/lib/server/new-service.ts']
	])('refuses %s in %s', async (code, filePath) => {
		const errors = await layeringErrors(`${code}\nexport {};\n`, filePath);
		expect(errors).toHaveLength(1);
	});

	it.each([
		["import { seededRandom } from './random';", 'src/lib/doodle/new-model.ts'],
		["import { redirect } from '@sveltejs/kit';", 'src/routes/teach/+page.server.ts'],
		["import type { Class } from '#lib/server/db/schema';", 'src/routes/teach/+page.server.ts'],
		["import { error } from '@sveltejs/kit';", 'src/lib/server/http/new-guard.ts'],
		["import { and } from 'drizzle-orm';", 'src/lib/server/new-service.ts']
	])('allows %s in %s', async (code, filePath) => {
		const errors = await layeringErrors(`${code}\nexport {};\n`, filePath);
		expect(errors).toEqual([]);
	});
});
