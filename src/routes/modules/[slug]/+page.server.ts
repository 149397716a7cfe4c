import { error, redirect } from '@sveltejs/kit';
import { findModule, moduleBands } from '#lib/curriculum';
import type { PageServerLoad } from './$types';

/** A module's address without a grade band opens its first band. */
export const load: PageServerLoad = ({ params }) => {
	const module = findModule(params.slug);
	if (!module) error(404, { message: 'Unknown module.' });
	redirect(307, `/modules/${module.slug}/${moduleBands(module)[0]}`);
};
