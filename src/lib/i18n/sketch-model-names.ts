import { m } from '#lib/paraglide/messages';
import type { Locale } from '../curriculum/types';

const names: Record<string, (inputs?: object, options?: { locale?: Locale }) => string> = {
	cow: m.doodle_animal_cow,
	pig: m.doodle_animal_pig,
	sheep: m.doodle_animal_sheep,
	horse: m.doodle_animal_horse,
	dog: m.ai_animal_dog,
	cat: m.ai_animal_cat,
	rabbit: m.ai_animal_rabbit,
	duck: m.ai_animal_duck
};

/** A drawing model's animal in the reader's language ("Cow", "Vaca"); other names as they are. */
export function modelName(model: string, locale?: Locale): string {
	return names[model]?.({}, locale ? { locale } : {}) ?? model;
}

/** What a saved drawing is called in the gallery, in the reader's language. */
export function aiDrawingTitle(model: string, finished: boolean, locale?: Locale): string {
	const options = locale ? { locale } : {};
	const animal = modelName(model, locale);
	return finished
		? m.artifact_ai_finished({ model: animal }, options)
		: m.artifact_ai_drawn({ model: animal }, options);
}
