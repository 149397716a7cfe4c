import type { PageServerLoad } from './$types';

/** Full-screen page: the site header and footer are left out. */
export const load: PageServerLoad = () => ({ chromeless: true });
