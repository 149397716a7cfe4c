// The headers every response carries: pages, endpoints, static files, model files and the service
// worker alike. Plain JavaScript so the production server (scripts/start.js) sets them on what
// SvelteKit never sees (static files), and hooks.server.ts on everything it renders.

/** @type {Readonly<Record<string, string>>} */
export const SECURITY_HEADERS = Object.freeze({
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	'X-Frame-Options': 'DENY',
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
	'Cross-Origin-Opener-Policy': 'same-origin',
	'Cross-Origin-Resource-Policy': 'same-origin'
});

/**
 * For responses that do not have a policy of their own (SvelteKit gives pages a full one): nobody
 * may frame them, and nothing in them may load plug-ins or change the base URL.
 */
export const FALLBACK_CSP = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'";
