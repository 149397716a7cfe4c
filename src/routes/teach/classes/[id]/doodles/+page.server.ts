import { ownedClass } from '#lib/server/http/class-access';
import { classDoodles } from '#lib/server/class-doodles';
import { getDb } from '#lib/server/db';
import { clearDoodles, setDoodleVisibility } from '#lib/server/http/teacher-actions';
import type { Actions, PageServerLoad } from './$types';

/** The class's own drawings for the spotted-cows lab: the teacher hides what should not be used. */
export const load: PageServerLoad = async (event) => {
	const klass = await ownedClass(event);
	return {
		klass: { id: klass.id, name: klass.name },
		doodles: (await classDoodles(getDb(), klass.id)).map((doodle) => ({
			...doodle,
			createdAt: doodle.createdAt.toISOString()
		}))
	};
};

export const actions: Actions = {
	hide: async (event) => setDoodleVisibility(event, true),
	show: async (event) => setDoodleVisibility(event, false),
	clear: clearDoodles
};
