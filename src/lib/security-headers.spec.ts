import { describe, expect, it } from 'vitest';
import { FALLBACK_CSP, SECURITY_HEADERS } from './security-headers.js';

describe('the shared security headers', () => {
	it('hold the headers the README names, with their values', () => {
		expect(SECURITY_HEADERS).toMatchObject({
			'X-Content-Type-Options': 'nosniff',
			'Referrer-Policy': 'strict-origin-when-cross-origin',
			'X-Frame-Options': 'DENY'
		});
		expect(Object.isFrozen(SECURITY_HEADERS)).toBe(true);
	});

	it('have a restrictive Permissions-Policy: camera, microphone and location for nobody', () => {
		const policy = SECURITY_HEADERS['Permissions-Policy'];
		expect(policy).toBeDefined();
		const features = Object.fromEntries(
			policy!.split(',').map((part) => part.trim().split('=') as [string, string])
		);
		for (const feature of ['camera', 'microphone', 'geolocation'])
			expect(features[feature], feature).toBe('()');
		// Nothing is allowed to anyone: every listed feature has an empty allow-list.
		expect(Object.values(features).every((allow) => allow === '()')).toBe(true);
	});

	it("give responses without a policy of their own frame-ancestors 'none'", () => {
		expect(FALLBACK_CSP.split(';').map((part) => part.trim())).toContain("frame-ancestors 'none'");
	});
});
