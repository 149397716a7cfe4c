import type { RequestEvent } from '@sveltejs/kit';
import { generateSessionToken } from '../auth/session';
import { config } from '../config';
import { hashDevice, type Requester } from '../join-guard';

/** A random id for the browser, so limits can tell one tablet or laptop from the rest of a school. */
export const DEVICE_COOKIE = 'dayofai_device';
const DEVICE_COOKIE_DAYS = 400;

type DeviceEvent = Pick<RequestEvent, 'getClientAddress' | 'cookies' | 'url'>;

/** Who is asking: the IP address and the browser, which gets its device cookie on first sight. */
export function requesterOf(event: DeviceEvent): Requester {
	let token = event.cookies.get(DEVICE_COOKIE);
	if (!token || !/^[a-z2-7]{32}$/.test(token)) {
		token = generateSessionToken();
		event.cookies.set(DEVICE_COOKIE, token, {
			httpOnly: true,
			sameSite: 'lax',
			secure: config.isProduction || event.url.protocol === 'https:',
			maxAge: DEVICE_COOKIE_DAYS * 24 * 60 * 60,
			path: '/'
		});
	}
	return { ip: event.getClientAddress(), device: hashDevice(token) };
}
