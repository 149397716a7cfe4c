import { error, fail } from '@sveltejs/kit';
import { countryName } from '#lib/countries';
import { formatDate, formatDateTimeIn } from '#lib/i18n/dates';
import { readDateRange } from '#lib/registrations/date-range';
import {
	EVENT_FIELDS,
	eventFormSchema,
	eventStatus,
	utcToZonedTime
} from '#lib/registrations/event';
import { checkImport, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from '#lib/registrations/import';
import { decodeCsvFile } from '#lib/csv/read';
import { getDb } from '#lib/server/db';
import { dashboardFigures } from '#lib/server/event-dashboard';
import { invalidateCounter } from '#lib/server/event-counter';
import { eventBySlug, importRegistrations, updateEvent } from '#lib/server/events';
import { readFormData } from '#lib/server/http/forms';
import { requireRole } from '#lib/server/http/guards';
import { countryShapes, shadeLegend, shadeOf } from '#lib/server/world-map';
import { parseForm } from '#lib/validation/form';
import type { Actions, PageServerLoad } from './$types';

/** The report lists this many problems at most (and says how many there were). */
const REPORTED_PROBLEMS = 200;

async function findEvent(slug: string) {
	const event = await eventBySlug(getDb(), slug);
	if (!event) error(404, 'not_found');
	return event;
}

export const load: PageServerLoad = async (request) => {
	requireRole(request, 'organizer');
	const event = await findEvent(request.params.slug);
	const locale = request.locals.locale;
	const range = readDateRange(
		request.url.searchParams.get('from'),
		request.url.searchParams.get('to')
	);
	if (!range.ok) error(400, 'range_invalid');
	const figures = await dashboardFigures(getDb(), event.id, range);
	const counts = new Map(figures.byCountry.map((row) => [row.country, row.count]));
	const largest = figures.byCountry[0]?.count ?? 0;
	const selected = request.url.searchParams.get('country')?.toUpperCase() ?? null;
	return {
		event: {
			slug: event.slug,
			name: event.name,
			day: formatDate(event.day, locale),
			opens: formatDateTimeIn(event.opensAt, locale, event.timeZone),
			closes: formatDateTimeIn(event.closesAt, locale, event.timeZone),
			timeZone: event.timeZone,
			goal: event.goal,
			status: eventStatus(event)
		},
		range: { from: range.fromDay, to: range.toDay, filtered: !!(range.from || range.to) },
		figures: {
			...figures,
			byCountry: figures.byCountry.map((row) => ({
				...row,
				name: countryName(row.country, locale)
			}))
		},
		map: {
			shapes: countryShapes().map((shape) => {
				const count = shape.code ? (counts.get(shape.code) ?? 0) : 0;
				return {
					code: shape.code,
					name: shape.code ? countryName(shape.code, locale) : shape.atlasName,
					d: shape.d,
					count,
					shade: shadeOf(count, largest)
				};
			}),
			legend: shadeLegend(largest),
			selected:
				selected && /^[A-Z]{2}$/.test(selected)
					? {
							code: selected,
							name: countryName(selected, locale),
							count: counts.get(selected) ?? 0
						}
					: null
		},
		edit: {
			name: event.name,
			slug: event.slug,
			day: event.day,
			timeZone: event.timeZone,
			goal: String(event.goal),
			opens: utcToZonedTime(event.opensAt, event.timeZone),
			closes: utcToZonedTime(event.closesAt, event.timeZone)
		},
		timeZones: Intl.supportedValuesOf('timeZone'),
		maxImportRows: MAX_IMPORT_ROWS,
		maxImportMegabytes: MAX_IMPORT_BYTES / 1024 / 1024
	};
};

export const actions: Actions = {
	update: async (request) => {
		requireRole(request, 'organizer');
		const event = await findEvent(request.params.slug);
		const formData = await readFormData(request.request);
		const form = parseForm(eventFormSchema, formData, EVENT_FIELDS);
		if (!form.ok) return fail(400, { editErrors: form.errors, editValues: form.values });
		const updated = await updateEvent(getDb(), event.id, form.data);
		if (!updated) {
			const editValues = Object.fromEntries(
				EVENT_FIELDS.map((field) => [field, String(formData.get(field) ?? '')])
			);
			return fail(409, { editErrors: { slug: 'slug_taken' as const }, editValues });
		}
		invalidateCounter(event.id);
		return { saved: updated.slug };
	},

	/**
	 * A CSV of an earlier system's registrations: read and checked whole first, then stored in one
	 * transaction; a file with any bad row stores nothing and gets the report, row by row.
	 */
	import: async (request) => {
		requireRole(request, 'organizer');
		const event = await findEvent(request.params.slug);
		const file = (await readFormData(request.request)).get('file');
		if (!(file instanceof File) || file.size === 0)
			return fail(400, {
				importProblems: [{ line: 0, column: null, code: 'no_file' as const }],
				problemCount: 1
			});
		const decoded = decodeCsvFile(new Uint8Array(await file.arrayBuffer()), MAX_IMPORT_BYTES);
		if (!decoded.ok) {
			const code = decoded.problem === 'encoding' ? decoded.detail : decoded.problem;
			return fail(decoded.problem === 'too_large' ? 413 : 400, {
				importProblems: [{ line: 0, column: null, code }],
				problemCount: 1
			});
		}
		const checked = checkImport(decoded.text);
		if (!checked.ok)
			return fail(400, {
				importProblems: checked.problems.slice(0, REPORTED_PROBLEMS),
				problemCount: checked.problems.length
			});
		const result = await importRegistrations(getDb(), event.id, checked.registrations);
		invalidateCounter(event.id);
		return { imported: result };
	}
};
