import { z } from 'zod';
import type { ErrorCode } from './errors';

/**
 * Characters no name needs: control characters (NUL, escapes, newlines), format characters
 * (zero-width spaces and joiners, right-to-left overrides, the byte-order mark), private-use
 * and lone surrogates, and line or paragraph separators.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{Zl}\p{Zp}]/u;
const VISIBLE = /[\p{L}\p{N}]/u;

/** NFC, trimmed, and every run of spaces (of any kind) made one plain space. */
export function normalizeName(text: string): string {
	return text
		.normalize('NFC')
		.replace(/[\s\u00a0]+/gu, ' ')
		.trim();
}

/** Whether a normalised name can be shown as it is: no invisible characters, a letter or digit. */
export function isCleanName(text: string): boolean {
	return !INVISIBLE.test(text) && VISIBLE.test(text);
}

/**
 * A name people will read (a nickname, a class, a teacher, a school): normalised, at most `max`
 * characters, and refused with `name_characters` when it holds invisible or control characters
 * or no letter or digit at all.
 */
export function nameField(max: number, tooLong: ErrorCode = 'too_long') {
	return z
		.string()
		.refine((raw) => !INVISIBLE.test(raw.replace(/[\t\n\r]/g, ' ')), {
			error: 'name_characters'
		})
		.transform(normalizeName)
		.pipe(
			z
				.string()
				.min(1, { error: 'required' })
				.max(max, { error: tooLong })
				.refine(isCleanName, { error: 'name_characters' })
		);
}
