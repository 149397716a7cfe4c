/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { base, build, files, version } from '$service-worker';
import {
	PAGE_CACHE,
	endsStudentSession,
	isOfflinePagePath,
	pageCacheKey,
	pageOfDataRequest
} from '#lib/offline/cache-policy';

/**
 * Offline support for classrooms with flaky Wi-Fi: the app's code is cached when installed, and
 * the lesson pages a student opens are kept (network first), so reloading a lesson while the
 * connection is down still opens it. Progress itself waits in the tablet's outbox (see
 * src/lib/activities/server-progress.ts) and is sent when the connection is back.
 */
const worker = self as unknown as ServiceWorkerGlobalScope;
const ASSET_CACHE = `assets-${version}`;
// Kept pages point at this version's code, so they go when the version changes.
const PAGES = `${PAGE_CACHE}-${version}`;
// The threaded WebAssembly build of TensorFlow.js needs cross-origin isolation, so it is never used.
const ASSETS = new Set([...build, ...files].filter((path) => !path.includes('threaded-simd')));

/**
 * The doodle lab's training worker and its WebAssembly files, which the build lists apart (see
 * vite.config.ts): kept with the app, so a tablet that loses the Wi-Fi before the lab can train.
 */
async function workerFiles(): Promise<string[]> {
	const response = await fetch(`${base}/_app/offline-files.json`, { cache: 'no-store' });
	if (!response.ok) return []; // `vite dev` builds no worker files.
	const listed = (await response.json()) as unknown;
	return Array.isArray(listed)
		? listed.filter((file): file is string => typeof file === 'string').map((f) => `${base}/${f}`)
		: [];
}

worker.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(ASSET_CACHE)
			.then(async (cache) => {
				await cache.addAll([...ASSETS]);
				await cache.addAll(await workerFiles());
			})
			.then(() => worker.skipWaiting())
	);
});

worker.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) =>
				Promise.all(
					keys
						.filter((key) => key !== ASSET_CACHE && key !== PAGES)
						.map((key) => caches.delete(key))
				)
			)
			.then(() => worker.clients.claim())
	);
});

const OFFLINE_HTML = `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Offline · Sin conexión</title></head><body style="font-family:system-ui,sans-serif;max-width:34rem;margin:3rem auto;padding:0 1rem;line-height:1.5"><h1>You’re offline</h1><p>This page wasn’t saved on this device. Your work is safe: it is sent as soon as the connection is back. Try again in a moment.</p><h1 lang="es">Sin conexión</h1><p lang="es">Esta página no se guardó en este dispositivo. Tu trabajo está a salvo: se envía en cuanto vuelva la conexión. Inténtalo de nuevo en un momento.</p></body></html>`;

async function networkFirstPage(request: Request, url: URL): Promise<Response> {
	const cache = await caches.open(PAGES);
	const key = pageCacheKey(url);
	try {
		const response = await fetch(request);
		if (response.ok && !response.redirected && response.type === 'basic')
			await cache.put(key, response.clone());
		return response;
	} catch {
		const cached = await cache.match(key);
		if (cached) return cached;
		if (request.mode === 'navigate')
			return new Response(OFFLINE_HTML, {
				status: 503,
				headers: { 'content-type': 'text/html; charset=utf-8' }
			});
		return Response.error();
	}
}

/**
 * A lesson opened by client-side navigation only fetched its data; keep its HTML too, so that a
 * reload while offline opens it.
 */
async function keepPageHtml(pageUrl: string): Promise<void> {
	const cache = await caches.open(PAGES);
	if (await cache.match(pageUrl)) return;
	try {
		const response = await fetch(pageUrl, { credentials: 'same-origin' });
		if (response.ok && !response.redirected) await cache.put(pageUrl, response);
	} catch {
		// Offline already: nothing to keep.
	}
}

async function cacheFirstAsset(request: Request): Promise<Response> {
	const cache = await caches.open(ASSET_CACHE);
	const cached = await cache.match(request);
	if (cached) return cached;
	const response = await fetch(request);
	if (response.ok) await cache.put(request, response.clone());
	return response;
}

worker.addEventListener('fetch', (event) => {
	const { request } = event;
	const url = new URL(request.url);
	if (url.origin !== worker.location.origin) return;
	if (endsStudentSession(request.method, url)) {
		event.waitUntil(caches.delete(PAGES));
		return;
	}
	if (request.method !== 'GET') return;
	if (ASSETS.has(url.pathname) || url.pathname.startsWith('/_app/immutable/')) {
		event.respondWith(cacheFirstAsset(request));
	} else if (isOfflinePagePath(url.pathname)) {
		event.respondWith(networkFirstPage(request, url));
		const page = pageOfDataRequest(url);
		if (page) event.waitUntil(keepPageHtml(page));
	}
});
