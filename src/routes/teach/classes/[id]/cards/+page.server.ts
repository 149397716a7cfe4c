import { error } from '@sveltejs/kit';
import { AVATARS, isAvatarId, pictureEmoji } from '#lib/classes/pictures';
import { requireUser } from '#lib/server/http/guards';
import { getOwnedClass, listStudents } from '#lib/server/classes';
import { getDb } from '#lib/server/db';
import type { PageServerLoad } from './$types';

/** Printable log-in cards: class code, name, avatar and picture password of each student. */
export const load: PageServerLoad = async (event) => {
	const teacher = requireUser(event);
	const owned = await getOwnedClass(getDb(), teacher.id, event.params.id);
	if (!owned) error(404, 'not_found');
	return {
		klass: { id: owned.id, name: owned.name, joinCode: owned.joinCode },
		joinUrl: `${event.url.origin}/join`,
		cards: (await listStudents(getDb(), owned.id)).map((student) => ({
			id: student.id,
			name: student.displayName,
			avatar: student.avatar && isAvatarId(student.avatar) ? AVATARS[student.avatar] : '🙂',
			pictures: student.picturePassword ? pictureEmoji(student.picturePassword) : null
		}))
	};
};
