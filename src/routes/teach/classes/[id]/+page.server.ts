import { error, fail, redirect } from '@sveltejs/kit';
import { ownedClass } from '#lib/server/http/class-access';
import {
	addRoster,
	deleteClass,
	listStudents,
	regenerateJoinCode,
	renameClass,
	setArchived
} from '#lib/server/classes';
import { getDb } from '#lib/server/db';
import { assignModule, listAssignments, removeAssignment } from '#lib/server/assignments';
import { MODULES, findModule, moduleBands, t } from '#lib/curriculum';
import { resetPicturePassword } from '#lib/server/students';
import { classForger, removeForger } from '#lib/server/class-forgers';
import { classDesigns, clearVotes } from '#lib/server/recommender';
import { formatMeasure, measureOnPersonas } from '#lib/activities/recommender/measure';
import { readFormData } from '#lib/server/http/forms';
import { parseForm } from '#lib/validation/form';
import {
	ASSIGN_FIELDS,
	RENAME_CLASS_FIELDS,
	ROSTER_FIELDS,
	assignSchema,
	renameClassSchema,
	rosterSchema
} from '#lib/validation/classes';
import type { Actions, PageServerLoad } from './$types';

/** The class's shared picture GAN, as the page shows it (never its weights). */
async function forgerOf(classId: string) {
	const forger = await classForger(getDb(), classId);
	return forger
		? {
				data: forger.data,
				iterations: forger.iterations,
				sharedAt: forger.sharedAt.toISOString(),
				studentName: forger.studentName
			}
		: null;
}

/** The recommender designs the class saved, measured on the personas, with the class's votes. */
async function recommenderDesignsOf(classId: string) {
	return (await classDesigns(getDb(), classId)).map((design) => {
		const measures = measureOnPersonas(design.saved.design);
		return {
			id: design.id,
			name: design.saved.name,
			studentName: design.studentName,
			votes: design.votes,
			measures: (['stereotype', 'coverage', 'relevance', 'gini'] as const).map((metric) => ({
				metric,
				value: formatMeasure(metric, measures[metric])
			}))
		};
	});
}

export const load: PageServerLoad = async (event) => {
	const owned = await ownedClass(event);
	return {
		klass: {
			id: owned.id,
			name: owned.name,
			band: owned.band,
			joinCode: owned.joinCode,
			archived: owned.archivedAt !== null
		},
		students: (await listStudents(getDb(), owned.id)).map(
			({ id, displayName, avatar, picturePassword, helpRequestedAt }) => ({
				id,
				displayName,
				avatar,
				joined: picturePassword !== null,
				needsHelp: helpRequestedAt !== null
			})
		),
		forger: await forgerOf(owned.id),
		recommenderDesigns: await recommenderDesignsOf(owned.id),
		joinUrl: `${event.url.origin}/join`,
		studentRemoved: event.url.searchParams.get('removed') === '1',
		assignments: (await listAssignments(getDb(), owned.id)).map((a) => ({
			id: a.id,
			title: `${t(findModule(a.moduleSlug)?.title ?? { en: a.moduleSlug, es: a.moduleSlug }, event.locals.locale)}`,
			band: a.band,
			due: a.dueAt ? a.dueAt.toISOString().slice(0, 10) : null
		})),
		locale: event.locals.locale,
		modules: MODULES.flatMap((module) =>
			moduleBands(module).map((band) => ({
				value: `${module.slug}|${band}`,
				title: t(module.title, event.locals.locale),
				band
			}))
		)
	};
};

export const actions: Actions = {
	rename: async (event) => {
		const owned = await ownedClass(event);
		const form = parseForm(
			renameClassSchema,
			await readFormData(event.request),
			RENAME_CLASS_FIELDS
		);
		if (!form.ok) return fail(400, { action: 'rename' as const, errors: form.errors });
		await renameClass(getDb(), owned, form.data.name);
		return { action: 'rename' as const, done: true };
	},
	/** A new code breaks the printed cards and the old code: only with the box ticked. */
	regenerate: async (event) => {
		const owned = await ownedClass(event);
		if ((await readFormData(event.request)).get('confirm') !== 'yes')
			return fail(400, { action: 'regenerate' as const, confirmMissing: true });
		await regenerateJoinCode(getDb(), owned);
		return { action: 'regenerate' as const, done: true };
	},
	/** "Real or fake?" goes back to the trained faces for the whole class. */
	removeForger: async (event) => {
		await removeForger(getDb(), (await ownedClass(event)).id);
		return { action: 'removeForger' as const, done: true };
	},
	/** The class votes again on the recommender design to ship. */
	clearVotes: async (event) => {
		await clearVotes(getDb(), (await ownedClass(event)).id);
		return { action: 'clearVotes' as const, done: true };
	},
	archive: async (event) => {
		await setArchived(getDb(), await ownedClass(event), true);
		return { action: 'archive' as const, done: true };
	},
	unarchive: async (event) => {
		await setArchived(getDb(), await ownedClass(event), false);
		return { action: 'unarchive' as const, done: true };
	},
	roster: async (event) => {
		const owned = await ownedClass(event);
		const form = parseForm(rosterSchema, await readFormData(event.request), ROSTER_FIELDS);
		if (!form.ok)
			return fail(400, { action: 'roster' as const, errors: form.errors, values: form.values });
		const result = await addRoster(getDb(), owned, form.data.roster);
		if (!result.ok)
			return fail(400, {
				action: 'roster' as const,
				errors: { roster: result.error },
				values: { roster: form.data.roster.join('\n') }
			});
		return { action: 'roster' as const, added: result.added };
	},
	resetPictures: async (event) => {
		const owned = await ownedClass(event);
		const studentId = (await readFormData(event.request)).get('student');
		if (typeof studentId !== 'string' || !(await resetPicturePassword(getDb(), owned, studentId))) {
			error(404, 'not_found');
		}
		const name =
			(await listStudents(getDb(), owned.id)).find((s) => s.id === studentId)?.displayName ?? '';
		return { action: 'resetPictures' as const, resetFor: name };
	},
	assign: async (event) => {
		const owned = await ownedClass(event);
		const form = parseForm(assignSchema, await readFormData(event.request), ASSIGN_FIELDS);
		if (!form.ok) return fail(400, { action: 'assign' as const, assignInvalid: true });
		const assigned = await assignModule(getDb(), owned, {
			...form.data.module,
			dueAt: form.data.due,
			clearDue: form.data.clearDue
		});
		if (!assigned) return fail(400, { action: 'assign' as const, assignInvalid: true });
		return { action: 'assign' as const, assigned: true };
	},
	unassign: async (event) => {
		const owned = await ownedClass(event);
		const id = (await readFormData(event.request)).get('assignment');
		if (typeof id !== 'string' || !(await removeAssignment(getDb(), owned, id)))
			error(404, 'not_found');
		return { action: 'unassign' as const };
	},
	delete: async (event) => {
		const owned = await ownedClass(event);
		const confirm = (await readFormData(event.request)).get('confirm');
		if (typeof confirm !== 'string' || confirm.trim() !== owned.name) {
			return fail(400, { action: 'delete' as const, mismatch: true });
		}
		await deleteClass(getDb(), owned);
		redirect(303, '/teach/classes');
	}
};
