import { fail, type RequestEvent } from '@sveltejs/kit';
import { isTimeZone } from '../../registrations/event';
import { getDb } from '../db';
import { readFormData } from './forms';
import { requireUser } from './guards';
import { setReaderTimeZone } from '../training-materials';

/** The "Save time zone" action of the session list and a session's page. */
export async function saveTimeZone(event: RequestEvent) {
	const user = requireUser(event);
	const zone = String((await readFormData(event.request)).get('timeZone') ?? '');
	if (!isTimeZone(zone)) return fail(400, { refused: 'zone_invalid' as const });
	await setReaderTimeZone(getDb(), user.id, zone);
	return { timeZoneSaved: zone };
}
