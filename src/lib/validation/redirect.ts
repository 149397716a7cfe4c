const BASE = 'http://same-origin.invalid';

/**
 * The one check for where the app may send someone after a form or a log-in: a path on this site
 * only. Refused: anything not starting with a single "/", protocol-relative forms ("//", "/\\"),
 * backslashes anywhere (browsers read them as "/"), control characters such as tab and newline
 * (browsers drop them, so "/\t/evil" becomes "//evil"; in a header they are an error), spaces and
 * anything the URL parser would move to another origin. Returns the normalised path or null.
 */
export function safeRedirectTarget(target: string | null | undefined): string | null {
	if (typeof target !== 'string' || target.length === 0 || target.length > 2000) return null;
	if (!target.startsWith('/') || target.startsWith('//')) return null;
	if (/[\\\s\p{Cc}\p{Cf}]/u.test(target)) return null;
	let url: URL;
	try {
		url = new URL(target, BASE);
	} catch {
		return null;
	}
	if (url.origin !== BASE) return null;
	const path = url.pathname + url.search + url.hash;
	return path.startsWith('//') ? null : path;
}
