// Prints one closing line for the whole suite (unit + browser tests): "N passed, N failed".
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
const missing = [];

if (existsSync('test-results/vitest.json')) {
	const unit = JSON.parse(readFileSync('test-results/vitest.json', 'utf8'));
	passed += unit.numPassedTests;
	failed += unit.numFailedTests;
	skipped += unit.numPendingTests + unit.numTodoTests;
} else missing.push('unit');

if (existsSync('test-results/vitest-postgres.json')) {
	const unit = JSON.parse(readFileSync('test-results/vitest-postgres.json', 'utf8'));
	passed += unit.numPassedTests;
	failed += unit.numFailedTests;
	skipped += unit.numPendingTests + unit.numTodoTests;
} else missing.push('PostgreSQL integration');

for (const [file, name] of [
	['test-results/playwright.json', 'browser'],
	['test-results/playwright-postgres.json', 'PostgreSQL browser']
]) {
	if (existsSync(file)) {
		const browser = JSON.parse(readFileSync(file, 'utf8')).stats;
		passed += browser.expected + browser.flaky;
		failed += browser.unexpected;
		skipped += browser.skipped;
	} else missing.push(name);
}

if (missing.length)
	console.log(`No results for: ${missing.join(', ')} tests (an earlier step failed).`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
