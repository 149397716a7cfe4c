import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH, jsonDepth, parseJson } from './json';

/** Arrays and objects alternating, `depth` levels deep. */
const nested = (depth: number) => {
	let text = '1';
	for (let level = 0; level < depth; level++) text = level % 2 ? `{"a":${text}}` : `[${text}]`;
	return text;
};

describe('parseJson', () => {
	it('accepts JSON nested 24 deep and refuses 25', () => {
		expect(MAX_JSON_DEPTH).toBe(24);
		expect(jsonDepth(nested(24))).toBe(24);
		expect(parseJson(nested(24))).toMatchObject({ ok: true });
		expect(jsonDepth(nested(25))).toBe(25);
		expect(parseJson(nested(25))).toEqual({ ok: false, error: 'too_deep' });
	});

	it('counts nesting, not brackets inside strings or side by side', () => {
		expect(jsonDepth('[[1],[2],{"a":[3]}]')).toBe(3);
		expect(jsonDepth('{"a":"[[[[\\"[[[["}')).toBe(1);
		expect(parseJson('[' + '[],'.repeat(1000) + '[]]')).toMatchObject({ ok: true });
	});
});
