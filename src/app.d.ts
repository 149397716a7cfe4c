import type { SessionUser, ValidSession } from '#lib/server/auth/session';
import type { SessionStudent } from '#lib/server/auth/student-session';

declare global {
	namespace App {
		interface Locals {
			user: SessionUser | null;
			session: ValidSession | null;
			locale: 'en' | 'es';
			student: SessionStudent | null;
		}
		interface Error {
			message: string;
		}
	}
}

export {};
