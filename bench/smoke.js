// The benchmarks' smoke test (part of `npm test`): every benchmark runs once, as small as it
// goes, and must finish without an error. Nothing is recorded (BENCH_SMOKE=1), and no figure is
// judged here: the recorded runs in bench/README.md are the measurements. This only keeps the
// scripts from rotting as the app changes (a moved button, a renamed label, a new page).
import { spawnSync } from 'node:child_process';

/** The live-grid ramp at its smallest: 35 students for six seconds. */
function progressRamp(port) {
	return [
		'progress-server.bench.js',
		'--minutes',
		'0.1',
		'--ramp',
		'35',
		'--step-seconds',
		'4',
		'--port',
		port
	];
}

const RUNS = [
	['doodle-lab.bench.js', '--smoke', '--port', '4492'],
	['sketch-rnn.bench.js', '--seeds', '1', '--prefix', '10', '--models', 'pig'],
	['auth-server.bench.js', '--views', '40', '--logins', '4', '--port', '4490'],
	progressRamp('4491'),
	['burst.bench.js', '--connections', '20', '--bursts', '1', '--port', '4493'],
	['gan2d.bench.js', '--seconds', '0.3', '--seeds', '1'],
	['gan-view.bench.js', '--seconds', '0.5', '--port', '4494'],
	['image-gan.bench.js', '--seconds', '2', '--port', '4495'],
	['recommender.bench.js', '--runs', '5'],
	['recommender-page.bench.js', '--runs', '10', '--port', '4496'],
	[...progressRamp('4481'), '--database', 'postgres', '--processes', '2'],
	['dashboard.bench.js', '--rows', '3000', '--runs', '2'],
	['dashboard.bench.js', '--rows', '3000', '--runs', '2', '--database', 'postgres'],
	['registration-server.bench.js', '--amount', '200', '--connections', '4', '--port', '4497']
];

const failed = [];
for (const [script, ...args] of RUNS) {
	const started = Date.now();
	console.log(`\n== bench/${script} ${args.join(' ')}`);
	const result = spawnSync(process.execPath, [`bench/${script}`, ...args], {
		stdio: 'inherit',
		env: { ...process.env, BENCH_SMOKE: '1' },
		timeout: 300_000
	});
	const seconds = ((Date.now() - started) / 1000).toFixed(1);
	if (result.status === 0) console.log(`== bench/${script}: ran in ${seconds} s`);
	else {
		console.log(`== bench/${script}: FAILED (${result.error?.message ?? `exit ${result.status}`})`);
		failed.push(script);
	}
}
if (failed.length) {
	console.error(`\nbenchmark smoke test failed: ${failed.join(', ')}`);
	process.exit(1);
}
console.log(`\nbenchmark smoke test: all ${RUNS.length} benchmarks ran`);
