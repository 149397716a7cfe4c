import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guards';
import {
	addRoster,
	deleteClass,
	getOwnedClass,
	listStudents,
	regenerateJoinCode,
	renameClass,
	setArchived
} from '$lib/server/classes';
import { getDb } from '$lib/server/db';
import { resetPicturePassword } from '$lib/server/students';
import { readFormData } from '$lib/server/forms';
import { parseForm } from '$lib/validation/form';
import {
	RENAME_CLASS_FIELDS,
	ROSTER_FIELDS,
	renameClassSchema,
	rosterSchema
} from '$lib/validation/classes';
import type { Actions, PageServerLoad } from './$types';

/** The class, if the signed-in teacher owns it. Anyone else gets 404: not even its existence leaks. */
function ownedClass(event: Pick<RequestEvent, 'locals' | 'url' | 'params'>) {
	const teacher = requireUser(event);
	const owned = getOwnedClass(getDb(), teacher.id, (event.params as { id: string }).id);
	if (!owned) error(404, { message: 'Unknown class.' });
	return owned;
}

export const load: PageServerLoad = (event) => {
	const owned = ownedClass(event);
	return {
		klass: {
			id: owned.id,
			name: owned.name,
			band: owned.band,
			joinCode: owned.joinCode,
			archived: owned.archivedAt !== null
		},
		students: listStudents(getDb(), owned.id).map(
			({ id, displayName, avatar, picturePassword }) => ({
				id,
				displayName,
				avatar,
				joined: picturePassword !== null
			})
		),
		joinUrl: `${event.url.origin}/join`
	};
};

export const actions: Actions = {
	rename: async (event) => {
		const owned = ownedClass(event);
		const form = parseForm(
			renameClassSchema,
			await readFormData(event.request),
			RENAME_CLASS_FIELDS
		);
		if (!form.ok) return fail(400, { action: 'rename' as const, errors: form.errors });
		renameClass(getDb(), owned, form.data.name);
		return { action: 'rename' as const, done: true };
	},
	regenerate: async (event) => {
		regenerateJoinCode(getDb(), ownedClass(event));
		return { action: 'regenerate' as const, done: true };
	},
	archive: async (event) => {
		setArchived(getDb(), ownedClass(event), true);
		return { action: 'archive' as const, done: true };
	},
	unarchive: async (event) => {
		setArchived(getDb(), ownedClass(event), false);
		return { action: 'unarchive' as const, done: true };
	},
	roster: async (event) => {
		const owned = ownedClass(event);
		const form = parseForm(rosterSchema, await readFormData(event.request), ROSTER_FIELDS);
		if (!form.ok)
			return fail(400, { action: 'roster' as const, errors: form.errors, values: form.values });
		const added = addRoster(getDb(), owned, form.data.roster);
		return { action: 'roster' as const, added };
	},
	resetPictures: async (event) => {
		const owned = ownedClass(event);
		const studentId = (await readFormData(event.request)).get('student');
		if (typeof studentId !== 'string' || !resetPicturePassword(getDb(), owned, studentId)) {
			error(404, { message: 'Unknown student.' });
		}
		const name = listStudents(getDb(), owned.id).find((s) => s.id === studentId)?.displayName ?? '';
		return { action: 'resetPictures' as const, resetFor: name };
	},
	delete: async (event) => {
		const owned = ownedClass(event);
		const confirm = (await readFormData(event.request)).get('confirm');
		if (typeof confirm !== 'string' || confirm.trim() !== owned.name) {
			return fail(400, { action: 'delete' as const, mismatch: true });
		}
		deleteClass(getDb(), owned);
		redirect(303, '/teach/classes');
	}
};
