import type { SessionUser, ValidSession } from '#lib/server/auth/session';
import type { SessionStudent } from '#lib/server/auth/student-session';

declare global {
	namespace App {
		interface Locals {
			user: SessionUser | null;
			session: ValidSession | null;
			locale: import('#lib/paraglide/runtime').Locale;
			student: SessionStudent | null;
		}
		interface Error {
			/** A code (`not_found`, `bad_preset`...), never a sentence: `+error.svelte` translates it. */
			message: string;
		}
	}
}

export {};
