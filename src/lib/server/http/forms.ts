import { error } from '@sveltejs/kit';

/** Reads a form body; a malformed one is the client's fault (400), never a crash (500). */
export async function readFormData(request: Request): Promise<FormData> {
	try {
		return await request.formData();
	} catch {
		error(400, 'invalid');
	}
}
