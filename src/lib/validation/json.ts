/** How deep JSON from outside may nest: deeper than any payload of ours, far from any stack limit. */
export const MAX_JSON_DEPTH = 24;

/** The deepest nesting of arrays and objects in a JSON text (strings skipped), in one pass. */
export function jsonDepth(text: string): number {
	let depth = 0;
	let deepest = 0;
	let inString = false;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (inString) {
			if (c === 92 /* \ */) i++;
			else if (c === 34 /* " */) inString = false;
		} else if (c === 34) inString = true;
		else if (c === 91 /* [ */ || c === 123 /* { */) deepest = Math.max(deepest, ++depth);
		else if (c === 93 /* ] */ || c === 125 /* } */) depth--;
	}
	return deepest;
}

export type ParsedJson =
	{ ok: true; value: unknown } | { ok: false; error: 'not_json' | 'too_deep' };

/** Parses JSON that nests at most `maxDepth` levels; never throws. */
export function parseJson(text: string, maxDepth = MAX_JSON_DEPTH): ParsedJson {
	if (jsonDepth(text) > maxDepth) return { ok: false, error: 'too_deep' };
	try {
		return { ok: true, value: JSON.parse(text) };
	} catch {
		return { ok: false, error: 'not_json' };
	}
}
