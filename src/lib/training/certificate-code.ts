/** Crockford's base 32: no I, L, O or U, so a code read off paper is typed back right. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const RANDOM_CHARACTERS = 11;

function checkCharacter(body: string): string {
	let sum = 0;
	for (let i = 0; i < body.length; i++) sum += ALPHABET.indexOf(body[i]!) * (i + 1);
	return ALPHABET[sum % 31]!;
}

function grouped(code: string): string {
	return code.match(/.{1,4}/g)!.join('-');
}

/**
 * A certificate's verification code, "XXXX-XXXX-XXXX": 55 random bits and a check character, so
 * a mistyped or altered code is refused before it is looked up.
 */
export function generateCertificateCode(): string {
	const bytes = new Uint8Array(RANDOM_CHARACTERS);
	crypto.getRandomValues(bytes);
	const body = [...bytes].map((byte) => ALPHABET[byte % 32]).join('');
	return grouped(body + checkCharacter(body));
}

/**
 * A code as typed (any case, spaces or dashes, O for 0, I or L for 1) in its printed form, or
 * null when it cannot be a certificate's code.
 */
export function normalizeCertificateCode(raw: string): string | null {
	const plain = raw.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
	if (plain.length !== RANDOM_CHARACTERS + 1) return null;
	if ([...plain].some((character) => !ALPHABET.includes(character))) return null;
	const body = plain.slice(0, RANDOM_CHARACTERS);
	if (checkCharacter(body) !== plain[RANDOM_CHARACTERS]) return null;
	return grouped(plain);
}
