/**
 * Join codes a child can read off a projector and type: 6 characters from an alphabet without
 * look-alikes (no 0/O, 1/I/L, 2/Z, 5/S, 8/B).
 */
export const JOIN_CODE_ALPHABET = 'ACDEFGHJKMNPQRTUVWXY34679';
export const JOIN_CODE_LENGTH = 6;

export function generateJoinCode(random: (max: number) => number = cryptoRandomInt): string {
	let code = '';
	for (let i = 0; i < JOIN_CODE_LENGTH; i++)
		code += JOIN_CODE_ALPHABET[random(JOIN_CODE_ALPHABET.length)];
	return code;
}

/** What a child typed, made comparable: upper case, spaces and dashes dropped, look-alikes mapped. */
export function normalizeJoinCode(input: string): string {
	return input.toUpperCase().replace(/[\s-]/g, '').replace(/0/g, 'O').replace(/[1IL]/g, 'I');
}

export function isJoinCode(code: string): boolean {
	return (
		code.length === JOIN_CODE_LENGTH && [...code].every((char) => JOIN_CODE_ALPHABET.includes(char))
	);
}

/** Unbiased integer in [0, max) from the platform's cryptographic random source. */
export function cryptoRandomInt(max: number): number {
	const limit = Math.floor(0x1_0000_0000 / max) * max;
	const buffer = new Uint32Array(1);
	do crypto.getRandomValues(buffer);
	while (buffer[0]! >= limit);
	return buffer[0]! % max;
}
