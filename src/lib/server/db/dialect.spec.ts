import { describe, expect, it } from 'vitest';
import { DatabaseUrlError, dialectOf, parseDatabaseUrl } from './dialect';

describe('DATABASE_URL', () => {
	it('reads the dialect from the address', () => {
		expect(dialectOf('postgresql://a@b/c')).toBe('postgres');
		expect(dialectOf('POSTGRES://a@b/c')).toBe('postgres');
		expect(dialectOf('data/app.db')).toBe('sqlite');
		expect(parseDatabaseUrl('file:data/app.db')).toEqual({
			dialect: 'sqlite',
			path: 'data/app.db'
		});
		expect(parseDatabaseUrl('file:///srv/app.db')).toEqual({
			dialect: 'sqlite',
			path: '/srv/app.db'
		});
		expect(parseDatabaseUrl(':memory:')).toEqual({ dialect: 'sqlite', path: ':memory:' });
		expect(() => parseDatabaseUrl('  ')).toThrow(DatabaseUrlError);
		expect(() => parseDatabaseUrl('redis://x', '--to')).toThrow(/^--to starts with "redis:\/\/"/);
	});
});
