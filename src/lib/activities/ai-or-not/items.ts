import type { Text } from '../../curriculum/types';
import type { AiOrNotItemId } from './preset';

/** One everyday thing to sort: what it is, whether it uses AI, and why. */
export interface AiOrNotItem {
	id: AiOrNotItemId;
	/** Short name for the card (2-4 words). */
	name: Text;
	/** One sentence saying what the thing does, enough for a 9-year-old to decide. */
	description: Text;
	/** The right answer: true for "uses AI", false for "doesn't use AI". */
	usesAi: boolean;
	/** Why it does or does not use AI, shown after sorting. */
	explanation: Text;
	/** A single emoji that depicts the thing (decorative: the name is always shown too). */
	icon: string;
}

/** The catalogue: every id of AI_OR_NOT_ITEM_IDS exactly once; a preset picks some of them. */
export const AI_OR_NOT_ITEMS: Record<AiOrNotItemId, AiOrNotItem> = {
	calculator: {
		id: 'calculator',
		name: { en: 'Pocket calculator', es: 'Calculadora de bolsillo' },
		description: {
			en: 'Adds, subtracts, multiplies and divides the numbers you type in.',
			es: 'Suma, resta, multiplica y divide los números que escribes.'
		},
		usesAi: false,
		explanation: {
			en: 'It follows exact math rules that people built into it, so it gives the same answer every time. It never learned anything from examples.',
			es: 'Sigue reglas exactas de matemáticas que unas personas le pusieron, así que siempre da la misma respuesta. Nunca aprendió nada a partir de ejemplos.'
		},
		icon: '🧮'
	},
	'music-recommender': {
		id: 'music-recommender',
		name: { en: 'Music recommender', es: 'Recomendador de música' },
		description: {
			en: 'Suggests new songs you might like, based on the songs you have listened to before.',
			es: 'Te sugiere canciones nuevas que podrían gustarte, según las canciones que has escuchado antes.'
		},
		usesAi: true,
		explanation: {
			en: 'It learned patterns from what millions of people listen to, and uses them to guess what you will enjoy. Nobody wrote a rule for every song: the computer found the patterns in the data.',
			es: 'Aprendió patrones de lo que escuchan millones de personas y los usa para adivinar qué te va a gustar. Nadie escribió una regla para cada canción: la computadora encontró los patrones en los datos.'
		},
		icon: '🎧'
	},
	'voice-assistant': {
		id: 'voice-assistant',
		name: { en: 'Voice assistant', es: 'Asistente de voz' },
		description: {
			en: 'Listens when you ask a question out loud, like “Will it rain today?”, and answers you.',
			es: 'Te escucha cuando haces una pregunta en voz alta, como «¿Va a llover hoy?», y te responde.'
		},
		usesAi: true,
		explanation: {
			en: 'It learned to understand spoken words by practicing on huge amounts of recorded speech. Understanding what people say, in many different voices and accents, normally takes human intelligence.',
			es: 'Aprendió a entender palabras habladas practicando con enormes cantidades de grabaciones de voz. Entender lo que dice la gente, con muchas voces y acentos distintos, normalmente requiere inteligencia humana.'
		},
		icon: '🗣️'
	},
	'thermostat-schedule': {
		id: 'thermostat-schedule',
		name: { en: 'Scheduled thermostat', es: 'Termostato programado' },
		description: {
			en: 'Turns the heat on at 7 a.m. and off at 10 p.m. every day, as someone set it.',
			es: 'Enciende la calefacción a las 7 de la mañana y la apaga a las 10 de la noche todos los días, como alguien lo programó.'
		},
		usesAi: false,
		explanation: {
			en: 'It just follows a schedule that a person typed in. It does not learn when you are home or decide anything on its own: it is a clock with a switch.',
			es: 'Solo sigue un horario que una persona escribió. No aprende cuándo estás en casa ni decide nada por su cuenta: es un reloj con un interruptor.'
		},
		icon: '🌡️'
	},
	'photo-face-finder': {
		id: 'photo-face-finder',
		name: { en: 'Photo face finder', es: 'Buscador de caras' },
		description: {
			en: 'Looks through your photos and groups together all the pictures of the same person.',
			es: 'Revisa tus fotos y junta todas las fotos en las que aparece la misma persona.'
		},
		usesAi: true,
		explanation: {
			en: 'It learned what faces look like from many, many example pictures. Recognizing the same person with a new haircut, a different smile or other lighting is a kind of seeing that normally takes human intelligence.',
			es: 'Aprendió cómo son las caras a partir de muchísimas fotos de ejemplo. Reconocer a la misma persona con otro peinado, otra sonrisa u otra luz es una forma de ver que normalmente requiere inteligencia humana.'
		},
		icon: '🖼️'
	},
	'traffic-light-timer': {
		id: 'traffic-light-timer',
		name: { en: 'Timed traffic light', es: 'Semáforo con temporizador' },
		description: {
			en: 'Shows green for 30 seconds, yellow for 4 seconds and red for 30 seconds, over and over, all day long.',
			es: 'Se pone en verde 30 segundos, en amarillo 4 segundos y en rojo 30 segundos, una y otra vez, todo el día.'
		},
		usesAi: false,
		explanation: {
			en: 'It runs on a fixed timer that people set. It does not look at the cars or learn when traffic is busy: it changes color at the same times no matter what.',
			es: 'Funciona con un temporizador fijo que programaron unas personas. No mira los carros ni aprende cuándo hay mucho tráfico: cambia de color siempre al mismo tiempo, pase lo que pase.'
		},
		icon: '🚦'
	},
	'spam-filter': {
		id: 'spam-filter',
		name: { en: 'Spam filter', es: 'Filtro de correo basura' },
		description: {
			en: 'Checks the emails that arrive and moves junk and scam messages into a separate folder.',
			es: 'Revisa los correos que llegan y mueve los mensajes basura y las estafas a otra carpeta.'
		},
		usesAi: true,
		explanation: {
			en: 'It learned from millions of emails that people marked as junk, so it can spot new junk it has never seen before. Scammers keep changing their tricks, and the filter keeps learning.',
			es: 'Aprendió de millones de correos que la gente marcó como basura, así que puede reconocer correo basura nuevo que nunca había visto. Los estafadores cambian de trucos todo el tiempo, y el filtro sigue aprendiendo.'
		},
		icon: '📧'
	},
	'translation-app': {
		id: 'translation-app',
		name: { en: 'Translation app', es: 'Aplicación de traducción' },
		description: {
			en: 'Turns a sentence you type or say in one language into another language, like English into Spanish.',
			es: 'Convierte una frase que escribes o dices en un idioma a otro idioma, por ejemplo del inglés al español.'
		},
		usesAi: true,
		explanation: {
			en: 'It learned how languages match up by studying huge numbers of texts that people had already translated. Translating well means understanding the meaning, not just swapping word for word, and that normally takes human intelligence.',
			es: 'Aprendió cómo se corresponden los idiomas estudiando enormes cantidades de textos que unas personas ya habían traducido. Traducir bien significa entender el sentido, no solo cambiar palabra por palabra, y eso normalmente requiere inteligencia humana.'
		},
		icon: '🌐'
	},
	'microwave-timer': {
		id: 'microwave-timer',
		name: { en: 'Microwave timer', es: 'Temporizador del microondas' },
		description: {
			en: 'Heats your food for exactly the number of minutes you press, then beeps.',
			es: 'Calienta tu comida exactamente los minutos que marcas y luego pita.'
		},
		usesAi: false,
		explanation: {
			en: 'It counts down the time you chose and stops at zero. It does not look at your food or learn how you like it: it just follows your numbers.',
			es: 'Cuenta hacia atrás el tiempo que elegiste y se detiene en cero. No mira tu comida ni aprende cómo te gusta: solo sigue los números que marcaste.'
		},
		icon: '⏲️'
	},
	'bird-camera': {
		id: 'bird-camera',
		name: { en: 'Bird feeder camera', es: 'Cámara para aves' },
		description: {
			en: 'Takes pictures of the birds that visit a feeder and tells you what kind of bird each one is.',
			es: 'Toma fotos de las aves que visitan un comedero y te dice qué tipo de ave es cada una.'
		},
		usesAi: true,
		explanation: {
			en: 'It learned to tell birds apart by looking at thousands of bird photos labeled with their names. Knowing which bird is in a brand-new photo is a kind of seeing that normally takes human intelligence.',
			es: 'Aprendió a distinguir las aves mirando miles de fotos de aves con su nombre. Saber qué ave aparece en una foto nueva es una forma de ver que normalmente requiere inteligencia humana.'
		},
		icon: '🐦'
	},
	'alarm-clock': {
		id: 'alarm-clock',
		name: { en: 'Alarm clock', es: 'Reloj despertador' },
		description: {
			en: 'Rings at 6:30 every morning, at the time you set.',
			es: 'Suena todas las mañanas a las 6:30, a la hora que programaste.'
		},
		usesAi: false,
		explanation: {
			en: 'It rings when the clock reaches the time you chose. It does not know whether you are sleeping or learn when you like to wake up: it just follows the setting.',
			es: 'Suena cuando el reloj llega a la hora que elegiste. No sabe si estás durmiendo ni aprende a qué hora te gusta despertarte: solo sigue lo que programaste.'
		},
		icon: '⏰'
	},
	'autocorrect-keyboard': {
		id: 'autocorrect-keyboard',
		name: { en: 'Autocorrect keyboard', es: 'Teclado con autocorrector' },
		description: {
			en: 'Fixes your spelling mistakes and guesses your next word while you type on a phone.',
			es: 'Corrige tus errores de ortografía y adivina tu siguiente palabra mientras escribes en un teléfono.'
		},
		usesAi: true,
		explanation: {
			en: 'It learned which words usually come next by studying lots and lots of writing. It guesses what you mean from those patterns, which is why it is sometimes wrong in funny ways!',
			es: 'Aprendió qué palabras suelen venir después de otras estudiando muchísimos textos. Adivina lo que quieres decir a partir de esos patrones, ¡por eso a veces se equivoca de formas muy graciosas!'
		},
		icon: '⌨️'
	},
	'vending-machine': {
		id: 'vending-machine',
		name: { en: 'Vending machine', es: 'Máquina expendedora' },
		description: {
			en: 'Gives you the snack or drink whose button you press, once you have put in enough money.',
			es: 'Te da la golosina o la bebida del botón que presionas, cuando ya pusiste suficiente dinero.'
		},
		usesAi: false,
		explanation: {
			en: 'It follows simple rules: count the money, check the button, drop the snack. It never learns or decides anything new, so it does exactly the same thing every time.',
			es: 'Sigue reglas sencillas: contar el dinero, revisar el botón y dejar caer el producto. Nunca aprende ni decide nada nuevo, así que siempre hace exactamente lo mismo.'
		},
		icon: '🥤'
	},
	'chess-computer': {
		id: 'chess-computer',
		name: { en: 'Chess computer', es: 'Computadora de ajedrez' },
		description: {
			en: 'Plays chess against you and chooses its own moves to try to win.',
			es: 'Juega al ajedrez contra ti y elige sus propias jugadas para intentar ganar.'
		},
		usesAi: true,
		explanation: {
			en: 'It decides its own moves by thinking ahead about what could happen next, and many chess computers also learned by playing millions of games. Planning how to win a game normally takes human intelligence.',
			es: 'Decide sus propias jugadas pensando en lo que podría pasar después, y muchas computadoras de ajedrez también aprendieron jugando millones de partidas. Planear cómo ganar un juego normalmente requiere inteligencia humana.'
		},
		icon: '♟️'
	},
	'automatic-door': {
		id: 'automatic-door',
		name: { en: 'Automatic door', es: 'Puerta automática' },
		description: {
			en: 'Slides open whenever its sensor notices something moving in front of it.',
			es: 'Se abre sola cada vez que su sensor nota que algo se mueve delante de ella.'
		},
		usesAi: false,
		explanation: {
			en: 'It has a simple motion sensor: anything that moves, like a person, a dog or a blowing leaf, makes it open. It does not recognize who is there or learn anything; it follows one simple rule.',
			es: 'Tiene un sensor de movimiento sencillo: cualquier cosa que se mueva, como una persona, un perro o una hoja que vuela, hace que se abra. No reconoce quién está ahí ni aprende nada; sigue una sola regla sencilla.'
		},
		icon: '🚪'
	},
	'handwriting-recognition': {
		id: 'handwriting-recognition',
		name: { en: 'Handwriting reader', es: 'Lector de letra manuscrita' },
		description: {
			en: 'Turns the words you write on a tablet with your finger or a pen into typed text.',
			es: 'Convierte las palabras que escribes en una tableta con el dedo o con un lápiz en texto digital.'
		},
		usesAi: true,
		explanation: {
			en: 'Everyone’s handwriting looks different, so nobody could write a rule for every way of drawing each letter. It learned by studying many examples of handwriting, and that is how it can read yours.',
			es: 'La letra de cada persona es diferente, así que nadie podría escribir una regla para cada forma de trazar cada letra. Aprendió estudiando muchos ejemplos de letra a mano, y por eso puede leer la tuya.'
		},
		icon: '✍️'
	}
};
