import type { z } from 'zod';

/** Encodes a preset for a URL (base64url of its JSON), so a teacher can share a configured activity. */
export function encodePreset(preset: unknown): string {
	const bytes = new TextEncoder().encode(JSON.stringify(preset));
	let binary = '';
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

export type DecodedPreset<T> =
	{ ok: true; preset: T } | { ok: false; reason: 'encoding' | 'invalid' };

/** Decodes and validates a preset from a URL; anything malformed is refused, never trusted. */
export function decodePreset<S extends z.ZodType>(
	encoded: string,
	schema: S
): DecodedPreset<z.output<S>> {
	let json: unknown;
	try {
		if (encoded.length > 4000 || !/^[A-Za-z0-9_-]*$/.test(encoded)) throw new Error('bad alphabet');
		const base64 = encoded.replaceAll('-', '+').replaceAll('_', '/');
		const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
		const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
		json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
	} catch {
		return { ok: false, reason: 'encoding' };
	}
	const result = schema.safeParse(json);
	return result.success ? { ok: true, preset: result.data } : { ok: false, reason: 'invalid' };
}
