import { MODULES, bandMinutes, isGradeBand, moduleBands, searchModules, t } from '#lib/curriculum';
import { GRADE_BANDS } from '#lib/curriculum/types';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url, locals }) => {
	const bandParam = url.searchParams.get('band');
	const band = isGradeBand(bandParam) ? bandParam : undefined;
	const query = (url.searchParams.get('q') ?? '').slice(0, 100);
	const locale = locals.locale;
	const modules = searchModules(MODULES, locale, { band, query }).map((module) => ({
		slug: module.slug,
		title: t(module.title, locale),
		summary: t(module.summary, locale),
		bigIdeas: module.bigIdeas,
		bands: moduleBands(module).map((b) => ({
			band: b,
			minutes: bandMinutes(module, b),
			lessons: module.lessons[b]?.length ?? 0
		}))
	}));
	// Band filters are plain links (they work before the page's script has loaded) that keep the query.
	const bandLinks = [null, ...GRADE_BANDS].map((b) => {
		const params = new URLSearchParams();
		if (b) params.set('band', b);
		if (query) params.set('q', query);
		const search = params.toString();
		return { band: b, href: search ? `${url.pathname}?${search}` : url.pathname };
	});
	return { band: band ?? null, query, modules, bandLinks };
};
