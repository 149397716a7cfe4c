import { error, fail, redirect } from '@sveltejs/kit';
import { countryName } from '#lib/countries';
import { formatDateTimeIn } from '#lib/i18n/dates';
import { utcToZonedTime } from '#lib/registrations/event';
import { getDb } from '#lib/server/db';
import { readFormData } from '#lib/server/http/forms';
import { requireRole } from '#lib/server/http/guards';
import { addMaterialFile, addMaterialLink, removeMaterial } from '#lib/server/training-materials';
import { cancelSession, duplicateSession, sessionById, updateSession } from '#lib/server/training';
import { markAttendance } from '#lib/server/training-attendance';
import { sessionSummary } from '#lib/server/training-summary';
import { seatCounts, sessionMaterials, sessionRoster } from '#lib/server/training-views';
import {
	MAX_MATERIAL_BYTES,
	SESSION_FIELDS,
	materialLinkSchema,
	materialType,
	sessionFormSchema
} from '#lib/training/session-form';
import { nameField } from '#lib/validation/text';
import { parseForm } from '#lib/validation/form';
import type { Actions, PageServerLoad } from './$types';

async function findSession(id: string) {
	const session = await sessionById(getDb(), id);
	if (!session) error(404, 'not_found');
	return session;
}

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'organizer');
	const db = getDb();
	const session = await findSession(event.params.id);
	const locale = event.locals.locale;
	const counts = (await seatCounts(db, [session.id])).get(session.id)!;
	let position = 0;
	return {
		session: {
			...sessionSummary(session, counts, locale, null),
			counts,
			checkInCode: session.checkInCode,
			sequence: session.sequence
		},
		values: {
			title: session.title,
			description: session.description,
			facilitator: session.facilitator,
			timeZone: session.timeZone,
			starts: utcToZonedTime(session.startsAt, session.timeZone),
			ends: utcToZonedTime(session.endsAt, session.timeZone),
			capacity: String(session.capacity),
			onlineUrl: session.onlineUrl ?? '',
			place: session.place ?? '',
			language: session.language,
			band: session.band ?? '',
			claimMinutes: String(session.claimMinutes)
		},
		roster: (await sessionRoster(db, session.id)).map((row) => ({
			...row,
			country: countryName(row.country, locale),
			position: row.status === 'waitlisted' ? ++position : null,
			registeredAt: formatDateTimeIn(row.registeredAt, locale, session.timeZone),
			attendedAt: row.attendedAt ? formatDateTimeIn(row.attendedAt, locale, session.timeZone) : null
		})),
		materials: await sessionMaterials(db, session.id),
		timeZones: Intl.supportedValuesOf('timeZone')
	};
};

const materialTitle = nameField(120);

export const actions: Actions = {
	update: async (event) => {
		requireRole(event, 'organizer');
		const form = parseForm(sessionFormSchema, await readFormData(event.request), SESSION_FIELDS);
		if (!form.ok) return fail(400, { errors: form.errors, values: form.values });
		const result = await updateSession(getDb(), (await findSession(event.params.id)).id, form.data);
		if (!result.ok) return fail(409, { refused: 'cancelled' as const });
		return { updated: true, notified: result.notified };
	},
	cancel: async (event) => {
		requireRole(event, 'organizer');
		const notified = await cancelSession(getDb(), (await findSession(event.params.id)).id);
		if (notified === null) return fail(409, { refused: 'cancelled' as const });
		return { cancelled: true, notified };
	},
	duplicate: async (event) => {
		requireRole(event, 'organizer');
		const copy = (await duplicateSession(getDb(), (await findSession(event.params.id)).id))!;
		redirect(303, `/organize/training/${copy.id}?copied=1`);
	},
	attendance: async (event) => {
		requireRole(event, 'organizer');
		const formData = await readFormData(event.request);
		const seatId = String(formData.get('seat') ?? '');
		const present = formData.get('present') === '1';
		if (
			!(await markAttendance(getDb(), (await findSession(event.params.id)).id, seatId, present))
		) {
			return fail(409, { refused: 'not_registered' as const });
		}
		return { marked: true };
	},
	addLink: async (event) => {
		requireRole(event, 'organizer');
		const session = await findSession(event.params.id);
		const form = parseForm(materialLinkSchema, await readFormData(event.request), ['title', 'url']);
		if (!form.ok) return fail(400, { materialErrors: form.errors, materialValues: form.values });
		await addMaterialLink(getDb(), session.id, form.data.title, form.data.url);
		return { materialAdded: true };
	},
	addFile: async (event) => {
		requireRole(event, 'organizer');
		const session = await findSession(event.params.id);
		const formData = await readFormData(event.request);
		const title = materialTitle.safeParse(String(formData.get('title') ?? ''));
		const file = formData.get('file');
		if (!title.success) return fail(400, { fileRefused: 'title' as const });
		if (!(file instanceof File) || file.size === 0)
			return fail(400, { fileRefused: 'missing' as const });
		if (file.size > MAX_MATERIAL_BYTES) return fail(413, { fileRefused: 'too_large' as const });
		const contentType = materialType(file.name);
		if (!contentType) return fail(415, { fileRefused: 'type' as const });
		await addMaterialFile(getDb(), session.id, {
			title: title.data,
			fileName: file.name.normalize('NFC').slice(-120),
			contentType,
			content: Buffer.from(await file.arrayBuffer())
		});
		return { materialAdded: true };
	},
	removeMaterial: async (event) => {
		requireRole(event, 'organizer');
		const session = await findSession(event.params.id);
		const id = String((await readFormData(event.request)).get('material') ?? '');
		await removeMaterial(getDb(), session.id, id);
		return { materialRemoved: true };
	}
};
