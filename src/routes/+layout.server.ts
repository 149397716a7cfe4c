import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals }) => ({
	user: locals.user ? { name: locals.user.name, role: locals.user.role } : null,
	locale: locals.locale,
	student: locals.student
		? {
				id: locals.student.id,
				displayName: locals.student.displayName,
				needsHelp: locals.student.helpRequestedAt !== null
			}
		: null
});
