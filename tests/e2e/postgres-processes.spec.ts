import { expect, test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { createPostgresTestDatabase } from '../../src/lib/server/testing/test-postgres';

/**
 * Two app processes on one PostgreSQL database, as behind a load balancer: the built app started
 * twice (`scripts/start.js`), a student saving on one, their teacher's live grid open on the other.
 */
const PASSWORD = 'two-process-password';

interface App {
	base: string;
	output: () => string;
	stop: () => Promise<void>;
}

async function startApp(port: number, databaseUrl: string): Promise<App> {
	let output = '';
	const child: ChildProcess = spawn(process.execPath, ['scripts/start.js'], {
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			DATABASE_URL: databaseUrl,
			SEED_DEMO: '1',
			DEMO_PASSWORD: PASSWORD
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	child.stdout!.on('data', (chunk) => (output += chunk));
	child.stderr!.on('data', (chunk) => (output += chunk));
	await expect
		.poll(() => (child.exitCode === null ? output : `exited: ${output}`), { timeout: 60_000 })
		.toContain('is running at');
	return {
		base: `http://127.0.0.1:${port}`,
		output: () => output,
		stop: async () => {
			if (child.exitCode !== null) return;
			const exited = new Promise((resolve) => child.once('exit', resolve));
			child.kill('SIGTERM');
			await exited;
		}
	};
}

async function post(base: string, path: string, fields: Record<string, string>, cookie = '') {
	const response = await fetch(`${base}${path}`, {
		method: 'POST',
		headers: {
			origin: base,
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded',
			...(cookie ? { cookie } : {})
		},
		body: new URLSearchParams(fields).toString(),
		redirect: 'manual'
	});
	await response.arrayBuffer();
	return response;
}
const cookieOf = (response: Response, name: string) =>
	response.headers
		.getSetCookie()
		.find((c) => c.startsWith(`${name}=`))
		?.split(';')[0] ?? '';
const location = (response: Response) => {
	expect(response.status).toBe(303);
	return new URL(response.headers.get('location')!, 'http://x').pathname;
};

/** The grid's server-sent messages, as they arrive, with their arrival time. */
function gridStream(url: string, cookie: string) {
	const controller = new AbortController();
	const messages: { at: number; grid: { rows?: unknown[]; lessons?: unknown[] } }[] = [];
	const done = (async () => {
		const response = await fetch(url, {
			headers: { cookie, accept: 'text/event-stream' },
			signal: controller.signal
		});
		expect(response.status).toBe(200);
		const decoder = new TextDecoder();
		let buffer = '';
		for await (const chunk of response.body!) {
			buffer += decoder.decode(chunk, { stream: true });
			let end;
			while ((end = buffer.indexOf('\n\n')) !== -1) {
				const data = buffer
					.slice(0, end)
					.split('\n')
					.filter((line) => line.startsWith('data:'))
					.map((line) => line.slice(5).trim())
					.join('\n');
				buffer = buffer.slice(end + 2);
				if (data) messages.push({ at: performance.now(), grid: JSON.parse(data) });
			}
		}
	})().catch((error) => {
		if (!controller.signal.aborted) throw error;
	});
	return { messages, close: () => (controller.abort(), done) };
}

test('a student saving on one app process shows on the teacher’s live grid served by another', async () => {
	test.setTimeout(180_000);
	const database = await createPostgresTestDatabase();
	const apps: App[] = [];
	try {
		// The first process migrates the empty database and seeds the demo; the second finds both done.
		apps.push(await startApp(4611, database.url));
		apps.push(await startApp(4612, database.url));
		const [studentSide, teacherSide] = apps as [App, App];
		expect(studentSide.output()).toContain('Demo content created');
		expect(teacherSide.output()).not.toContain('Demo content created');
		const joinCode = /join the demo class at \/join with the code (\w+)/.exec(
			studentSide.output()
		)![1]!;

		// The teacher, on process B: log in, find the demo class's assignment, open its live grid.
		const login = await post(teacherSide.base, '/login', {
			email: 'teacher@demo.dayofai.test',
			password: PASSWORD
		});
		const teacher = cookieOf(login, 'session');
		expect(teacher).not.toBe('');
		const classes = await (
			await fetch(`${teacherSide.base}/teach/classes`, { headers: { cookie: teacher } })
		).text();
		const classId = /\/teach\/classes\/([A-Za-z0-9_-]+)"/.exec(classes)![1]!;
		const classPage = await (
			await fetch(`${teacherSide.base}/teach/classes/${classId}`, { headers: { cookie: teacher } })
		).text();
		const assignment = new RegExp(`/teach/classes/${classId}/progress/([A-Za-z0-9_-]+)`).exec(
			classPage
		)![1]!;
		const stream = gridStream(
			`${teacherSide.base}/teach/classes/${classId}/progress/${assignment}/stream`,
			teacher
		);
		await expect.poll(() => stream.messages.length, { timeout: 15_000 }).toBeGreaterThan(0);
		const lessons = stream.messages[0]!.grid.lessons as { slug: string; steps: { id: string }[] }[];
		expect(lessons.length).toBeGreaterThan(0);

		// A student on process A: join the class, then complete the first step.
		const code = location(await post(studentSide.base, '/join', { code: joinCode }));
		const named = location(await post(studentSide.base, `${code}?/new`, { name: 'Nia' }));
		const joined = await post(studentSide.base, `${named}?/avatar`, { avatar: 'fox' });
		location(joined);
		const student = cookieOf(joined, 'student_session');
		const before = stream.messages.length;
		const context = `what-is-ai/3-5/${lessons[0]!.slug}`;
		const step = lessons[0]!.steps[0]!.id;
		const sentAt = performance.now();
		const saved = await fetch(`${studentSide.base}/api/progress`, {
			method: 'POST',
			headers: { cookie: student, origin: studentSide.base, 'content-type': 'application/json' },
			body: JSON.stringify({
				events: [
					{
						id: `${context}|step-completed|${step}`,
						context,
						step,
						at: new Date().toISOString(),
						event: { type: 'step-completed', step }
					}
				]
			})
		});
		expect(saved.status).toBe(200);
		expect((await saved.json()).stored).toBe(1);

		// Process B hears of it through PostgreSQL and sends the new grid: Nia's first step done.
		type Grid = { rows: { name: string; cells: string[][] }[] };
		const niaDone = (m: { grid: unknown }) =>
			(m.grid as Grid).rows?.some((row) => row.name === 'Nia' && row.cells[0]?.[0] === 'done');
		await expect
			.poll(() => stream.messages.slice(before).some(niaDone), { timeout: 5_000 })
			.toBe(true);
		const delay = stream.messages.slice(before).find(niaDone)!.at - sentAt;
		console.log(`grid update across processes: ${delay.toFixed(0)} ms after the save`);
		// Sooner than the grid's polling fallback would have brought it.
		expect(delay).toBeLessThan(2000);
		await stream.close();
	} finally {
		for (const app of apps) await app.stop();
		await database.drop();
	}
});
