/**
 * What the service worker keeps for offline use, as plain functions (unit-tested without a
 * browser). Pages a student works in are kept so a reload on flaky school Wi-Fi still opens the
 * lesson; teacher and organizer pages are never kept.
 */
export const PAGE_CACHE = 'pages';
const OFFLINE_PATHS = ['/learn', '/modules', '/activities'];

export function isOfflinePagePath(pathname: string): boolean {
	const page = pathname.endsWith('/__data.json')
		? pathname.slice(0, -'/__data.json'.length) || '/'
		: pathname;
	return OFFLINE_PATHS.some((path) => page === path || page.startsWith(path + '/'));
}

/** The cache key of a page or its data: SvelteKit's invalidation marker is not part of it. */
export function pageCacheKey(url: URL): string {
	const key = new URL(url);
	key.searchParams.delete('x-sveltekit-invalidated');
	key.hash = '';
	return key.href;
}

/** Signing out or switching student on a shared tablet: the next child must not see these pages. */
export function endsStudentSession(method: string, url: URL): boolean {
	return (
		method === 'POST' &&
		((url.pathname === '/learn' && url.search.includes('/switch')) || url.pathname === '/logout')
	);
}

/** The page a `__data.json` request belongs to (client-side navigation), or null. */
export function pageOfDataRequest(url: URL): string | null {
	if (!url.pathname.endsWith('/__data.json')) return null;
	const page = new URL(pageCacheKey(url));
	page.pathname = page.pathname.slice(0, -'/__data.json'.length) || '/';
	return page.href;
}
