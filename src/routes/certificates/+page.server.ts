import { redirect } from '@sveltejs/kit';
import { normalizeCertificateCode } from '#lib/training/certificate-code';
import type { PageServerLoad } from './$types';

/** The form on the certificate page: a typed code goes to its own page, written as printed. */
export const load: PageServerLoad = (event) => {
	const raw = event.url.searchParams.get('code');
	if (raw === null) return { malformed: false };
	const code = normalizeCertificateCode(raw.slice(0, 40));
	if (code) redirect(303, `/certificates/${code}`);
	return { malformed: true };
};
