import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import {
	AVATARS,
	PICTURES,
	PICTURE_PASSWORD_LENGTH,
	isAvatarId,
	isPictureId
} from '#lib/classes/pictures';
import { getDb } from '#lib/server/db';
import { readFormData } from '#lib/server/http/forms';
import {
	classForCode,
	cryptoRandomInt,
	requesterOf,
	signInStudent
} from '#lib/server/http/joining';
import { minutesToWait } from '#lib/server/rate-limit';
import { checkPicturePassword, completeFirstJoin, getStudentInClass } from '#lib/server/students';
import type { Actions, PageServerLoad } from './$types';

async function studentFor(event: RequestEvent<{ code: string; student: string }>) {
	const klass = await classForCode(event, event.params.code);
	const student = await getStudentInClass(getDb(), klass.id, event.params.student);
	if (!student) error(404, 'not_found');
	return { klass, student };
}

export const load: PageServerLoad = async (event) => {
	const { klass, student } = await studentFor(event);
	if (event.locals.student?.id === student.id) redirect(303, '/learn');
	return {
		joinCode: klass.joinCode,
		name: student.displayName,
		returning: student.picturePassword !== null,
		avatars: Object.entries(AVATARS).map(([id, emoji]) => ({ id, emoji })),
		pictures: Object.entries(PICTURES).map(([id, emoji]) => ({ id, emoji }))
	};
};

export const actions: Actions = {
	avatar: async (event) => {
		const { student } = await studentFor(event);
		const avatar = (await readFormData(event.request)).get('avatar');
		if (typeof avatar !== 'string' || !isAvatarId(avatar))
			return fail(400, { avatarMissing: true });
		const password = await completeFirstJoin(getDb(), student, avatar, cryptoRandomInt);
		if (!password) return fail(400, { alreadyJoined: true });
		await signInStudent(event, student);
		redirect(303, '/learn?welcome');
	},
	picture: async (event) => {
		const { student } = await studentFor(event);
		if (student.picturePassword === null) return fail(400, { notJoined: true });
		const form = await readFormData(event.request);
		const previous = String(form.get('sequence') ?? '')
			.split('-')
			.filter(isPictureId)
			.slice(0, PICTURE_PASSWORD_LENGTH - 1);
		const pick = form.get('pick');
		if (typeof pick !== 'string' || !isPictureId(pick))
			return fail(400, { sequence: previous.join('-') });
		const sequence = [...previous, pick];
		if (sequence.length < PICTURE_PASSWORD_LENGTH) return { sequence: sequence.join('-') };

		const result = await checkPicturePassword(
			getDb(),
			student,
			sequence.join('-'),
			requesterOf(event)
		);
		if (result.ok) {
			await signInStudent(event, student);
			redirect(303, '/learn');
		}
		if (result.reason === 'rate_limited') {
			return fail(429, { sequence: '', minutes: minutesToWait(result.retryAfterMs) });
		}
		return fail(400, { sequence: '', wrong: true });
	}
};
