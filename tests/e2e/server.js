// Starts the built app on a fresh database for the browser tests (builds first when needed).
import { rmSync } from 'node:fs';

const db = process.env.DATABASE_URL ?? 'test-results/e2e.db';
for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true });
await import('../../scripts/start.js');
