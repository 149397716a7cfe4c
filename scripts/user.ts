// `npm run user -- <command>`: manage accounts on the server. The only way to make an organizer.
import { parseArgs } from 'node:util';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import { eq } from 'drizzle-orm';
import { createUser, setRole } from '../src/lib/server/accounts';
import { initDatabase } from '../src/lib/server/db';
import { DatabaseUrlError } from '../src/lib/server/db/dialect';
import { ROLES, users, type Role } from '../src/lib/server/db/schema';
import { signupSchema } from '../src/lib/validation/account';
import {} from '#lib/server/db/query';

const usage = `Usage:
  npm run user -- create --email EMAIL --name NAME --country CC --school SCHOOL [--role teacher|organizer] [--password PASSWORD]
  npm run user -- promote --email EMAIL     make an existing account an organizer
  npm run user -- demote --email EMAIL      make an organizer a teacher again
  npm run user -- list [--role teacher|organizer]

Without --password, a random password is generated and printed once.`;

function fail(message: string): never {
	console.error(`${message}\n\n${usage}`);
	process.exit(2);
}

const { positionals, values } = parseArgs({
	allowPositionals: true,
	options: {
		email: { type: 'string' },
		name: { type: 'string' },
		country: { type: 'string' },
		school: { type: 'string' },
		role: { type: 'string' },
		password: { type: 'string' },
		help: { type: 'boolean', short: 'h' }
	}
});

if (values.help) {
	console.log(usage);
	process.exit(0);
}
const command = positionals[0];
const role = (values.role ?? (command === 'create' ? 'teacher' : undefined)) as Role | undefined;
if (role !== undefined && !ROLES.includes(role)) fail(`Unknown role "${values.role}".`);

let db: Awaited<ReturnType<typeof initDatabase>>;
try {
	db = await initDatabase();
} catch (error) {
	if (!(error instanceof DatabaseUrlError)) throw error;
	fail(error.message);
}

switch (command) {
	case 'create': {
		const generated = values.password === undefined;
		const password =
			values.password ??
			'pw-' + encodeBase32LowerCaseNoPadding(crypto.getRandomValues(new Uint8Array(10)));
		const parsed = signupSchema.safeParse({
			email: values.email ?? '',
			name: values.name ?? '',
			country: (values.country ?? '').toUpperCase(),
			school: values.school ?? '',
			password
		});
		if (!parsed.success) {
			fail(
				parsed.error.issues
					.map((issue) => `--${String(issue.path[0])}: ${issue.message}`)
					.join('\n')
			);
		}
		const result = await createUser(db, parsed.data, role ?? 'teacher');
		if (!result.ok)
			fail(
				Object.entries(result.errors)
					.map(([field, code]) => `--${field}: ${code}`)
					.join('\n')
			);
		console.log(`Created ${result.user.role} ${result.user.email}.`);
		if (generated) console.log(`Password (shown once): ${password}`);
		break;
	}
	case 'promote':
	case 'demote': {
		if (!values.email) fail('--email is required.');
		const user = await setRole(db, values.email, command === 'promote' ? 'organizer' : 'teacher');
		if (!user) fail(`No account with email ${values.email}.`);
		console.log(
			`${user.email} is now ${user.role === 'organizer' ? 'an organizer' : 'a teacher'}.`
		);
		break;
	}
	case 'list': {
		const rows = await db
			.select({ email: users.email, name: users.name, role: users.role, country: users.country })
			.from(users)
			.where(role ? eq(users.role, role) : undefined)
			.orderBy(users.email);
		for (const row of rows)
			console.log(`${row.role.padEnd(9)} ${row.email}  ${row.name} (${row.country})`);
		console.log(`${rows.length} account(s).`);
		break;
	}
	default:
		fail(command ? `Unknown command "${command}".` : 'Missing command.');
}
await db.$close();
