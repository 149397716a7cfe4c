import type { Module } from '../types';

/**
 * "Spotted cows": how training data shapes what a model learns, and who it works for. Retells the
 * first Day of AI's discovery (Quick, Draw! recognised spotted cows better than plain ones) and
 * builds each band's lesson around the doodle lab: train on a mostly-spotted mix, test per
 * subgroup, fix the data and compare. One lesson per band for now, each written for its readers.
 */
export const spottedCows: Module = {
	slug: 'spotted-cows',
	title: {
		en: 'Spotted cows: how data shapes AI',
		es: 'Vacas con manchas: cómo los datos moldean la IA'
	},
	summary: {
		en: 'Students retrace a real discovery by fifth graders: a drawing game recognized spotted cows better than plain ones because of the drawings it learned from. They train a small model in the browser, test it on each kind of cow, fix the training data and measure the difference, then ask who decides what data goes in.',
		es: 'Los estudiantes reviven un descubrimiento real de unos alumnos de quinto grado: un juego de dibujos reconocía mejor las vacas con manchas que las vacas sin manchas por culpa de los dibujos de los que había aprendido. Entrenan un pequeño modelo en el navegador, lo prueban con cada tipo de vaca, corrigen los datos de entrenamiento y miden la diferencia, y luego se preguntan quién decide qué datos se usan.'
	},
	bigIdeas: ['learning', 'perception', 'societal-impact'],
	objectives: [
		{
			en: 'Explain that a machine learning model learns patterns from its training data, including patterns nobody intended.',
			es: 'Explicar que un modelo de aprendizaje automático aprende patrones de sus datos de entrenamiento, incluso patrones que nadie buscaba.'
		},
		{
			en: 'Test a model separately on different subgroups and recognize when it works better for some than for others.',
			es: 'Probar un modelo por separado con distintos subgrupos y reconocer cuándo funciona mejor para unos que para otros.'
		},
		{
			en: 'Change a training dataset to reduce the gap between subgroups and compare the results before and after.',
			es: 'Cambiar un conjunto de datos de entrenamiento para reducir la diferencia entre subgrupos y comparar los resultados antes y después.'
		},
		{
			en: 'Describe who decides what goes into a dataset and why it matters to check and document those choices.',
			es: 'Describir quién decide qué entra en un conjunto de datos y por qué importa revisar y documentar esas decisiones.'
		}
	],
	lessons: {
		'3-5': [
			{
				slug: 'the-spotted-cow-mystery',
				title: { en: 'The Spotted Cow Mystery', es: 'El misterio de las vacas con manchas' },
				summary: {
					en: 'Students hear how fifth graders caught a drawing game recognizing cows with spots better than cows without spots. They train their own cow-spotting computer, find out which cows it gets wrong, and make it fairer by changing the examples it learns from.',
					es: 'Los estudiantes escuchan cómo unos alumnos de quinto grado descubrieron que un juego de dibujos reconocía mejor las vacas con manchas que las vacas sin manchas. Entrenan su propia computadora para reconocer vacas, descubren con qué vacas se equivoca y la hacen más justa cambiando los ejemplos de los que aprende.'
				},
				minutes: 45,
				objectives: [
					{
						en: 'Explain that a computer learns from the examples people give it, and that it can learn the wrong lesson.',
						es: 'Explicar que una computadora aprende de los ejemplos que le dan las personas y que puede aprender una lección equivocada.'
					},
					{
						en: 'Test a computer on cows with spots and cows without spots, and say which group it gets wrong more often.',
						es: 'Probar una computadora con vacas con manchas y vacas sin manchas, y decir con qué grupo se equivoca más.'
					},
					{
						en: 'Change the examples to make the computer fairer, and check whether it worked.',
						es: 'Cambiar los ejemplos para que la computadora sea más justa y comprobar si funcionó.'
					},
					{
						en: 'Say who decides which examples a computer learns from and how they are labeled.',
						es: 'Decir quién decide de qué ejemplos aprende una computadora y cómo se etiquetan.'
					}
				],
				vocabulary: [
					{
						term: { en: 'example', es: 'ejemplo' },
						definition: {
							en: 'One of the many things a computer looks at to learn, like one drawing of a cow.',
							es: 'Una de las muchas cosas que mira una computadora para aprender, como un dibujo de una vaca.'
						}
					},
					{
						term: { en: 'train', es: 'entrenar' },
						definition: {
							en: 'To show a computer lots and lots of examples so it can learn a pattern.',
							es: 'Mostrarle a una computadora muchísimos ejemplos para que aprenda un patrón.'
						}
					},
					{
						term: { en: 'pattern', es: 'patrón' },
						definition: {
							en: 'Something that shows up again and again, like spots on most of the cow drawings.',
							es: 'Algo que aparece una y otra vez, como las manchas en la mayoría de los dibujos de vacas.'
						}
					},
					{
						term: { en: 'model', es: 'modelo' },
						definition: {
							en: 'The part of the computer program that learned from the examples and now makes the guesses.',
							es: 'La parte del programa de computadora que aprendió de los ejemplos y ahora hace las suposiciones.'
						}
					},
					{
						term: { en: 'label', es: 'etiqueta' },
						definition: {
							en: 'The name a person gives an example, like “cow with spots” or “cow without spots”.',
							es: 'El nombre que una persona le pone a un ejemplo, como “vaca con manchas” o “vaca sin manchas”.'
						}
					},
					{
						term: { en: 'fair', es: 'justo' },
						definition: {
							en: 'Working just as well for everyone, not only for some.',
							es: 'Que funciona igual de bien para todos, no solo para algunos.'
						}
					}
				],
				materials: [
					{
						en: 'A tablet or computer for each pair, or one screen the whole class can see',
						es: 'Una tableta o computadora por pareja, o una pantalla que toda la clase pueda ver'
					},
					{
						en: 'Board or chart paper for a “Before” and “After” results table',
						es: 'Pizarra o papel grande para una tabla de resultados de “Antes” y “Después”'
					},
					{
						en: 'Paper and pencils or crayons for drawing cows and for the exit ticket',
						es: 'Papel y lápices o crayones para dibujar vacas y para la tarjeta de salida'
					},
					{
						en: 'Paper option: animal doodle cards for each group (see the unplugged version)',
						es: 'Opción en papel: tarjetas con dibujos de animales para cada grupo (vea la versión sin dispositivos)'
					}
				],
				steps: [
					{
						kind: 'slide',
						id: 'hook',
						title: { en: 'A game that guesses drawings', es: 'Un juego que adivina dibujos' },
						body: [
							{
								en: 'There is a computer game called Quick, Draw! It gives you a word, like “cow”. You have 20 seconds to draw it, and the computer tries to guess what you drew.',
								es: 'Hay un juego de computadora que se llama Quick, Draw! Te da una palabra, como “vaca”. Tienes 20 segundos para dibujarla y la computadora intenta adivinar qué dibujaste.'
							},
							{
								en: 'At the very first Day of AI, some fifth graders played it and noticed something strange. When they drew a cow with spots, the computer guessed “cow” right away. When they drew a cow without spots, it often got it wrong!',
								es: 'En el primer Day of AI, unos estudiantes de quinto grado jugaron y notaron algo raro. Cuando dibujaban una vaca con manchas, la computadora decía “vaca” enseguida. Cuando dibujaban una vaca sin manchas, ¡muchas veces se equivocaba!'
							},
							{
								en: 'Today you are a detective. Your mystery: why did that happen?',
								es: 'Hoy vas a ser detective. Tu misterio: ¿por qué pasó eso?'
							}
						],
						teacherNotes: {
							en: 'About 4 minutes. Tell the story as what it is, a real event: kids their age found a problem the game’s makers had missed. If you can, draw a quick cow with spots and one without on the board. Ask: “Are both of these cows?” (Yes!) “Would a computer know that?” Don’t give away the answer yet.',
							es: 'Unos 4 minutos. Cuente la historia como lo que es, un hecho real: niños de su edad encontraron un problema que a los creadores del juego se les había pasado. Si puede, dibuje rápidamente en la pizarra una vaca con manchas y otra sin manchas. Pregunte: “¿Las dos son vacas?” (¡Sí!). “¿Lo sabría una computadora?”. Todavía no revele la respuesta.'
						}
					},
					{
						kind: 'discuss',
						id: 'what-did-it-learn',
						prompt: {
							en: 'The computer learned what a cow looks like from lots of cow drawings that people made. What do you think most of those drawings looked like? What did the computer learn from them?',
							es: 'La computadora aprendió cómo es una vaca mirando muchísimos dibujos de vacas que hizo la gente. ¿Cómo crees que eran la mayoría de esos dibujos? ¿Qué aprendió la computadora de ellos?'
						},
						teacherNotes: {
							en: 'About 4 minutes. Partners talk for 1 minute, then take 3 or 4 ideas. Steer toward the key idea: most people draw cows with spots, so almost every cow the computer saw had spots, and it learned “spots mean cow”. Write “Spots = cow?” on the board. Ask: “Do all real cows have spots?” Many real cows are brown or black all over.',
							es: 'Unos 4 minutos. Las parejas conversan 1 minuto; luego escuche 3 o 4 ideas. Oriente la conversación hacia la idea clave: casi toda la gente dibuja las vacas con manchas, así que casi todas las vacas que vio la computadora tenían manchas, y aprendió que “manchas = vaca”. Escriba “¿Manchas = vaca?” en la pizarra. Pregunte: “¿Todas las vacas de verdad tienen manchas?”. Muchas vacas de verdad son completamente marrones o negras.'
						}
					},
					{
						kind: 'slide',
						id: 'learning-from-examples',
						title: { en: 'How the computer learned', es: 'Cómo aprendió la computadora' },
						body: [
							{
								en: 'Nobody told the computer what a cow looks like. It learned from examples: thousands of drawings, each one with a name like “cow”, “horse” or “pig”. It looked for clues that showed up again and again.',
								es: 'Nadie le dijo a la computadora cómo es una vaca. Aprendió de ejemplos: miles de dibujos, cada uno con un nombre como “vaca”, “caballo” o “cerdo”. Buscó pistas que aparecían una y otra vez.'
							},
							{
								en: 'If almost every cow drawing has spots, spots become the easiest clue. The computer might decide: “Spots? Cow! No spots? Maybe a horse.”',
								es: 'Si casi todos los dibujos de vacas tienen manchas, las manchas se convierten en la pista más fácil. La computadora podría decidir: “¿Manchas? ¡Vaca! ¿Sin manchas? A lo mejor es un caballo”.'
							},
							{
								en: 'To find out if it is fair, we can sort the cows into two groups, cows with spots and cows without spots, and check how often it gets each group right.',
								es: 'Para saber si es justa, podemos separar las vacas en dos grupos, vacas con manchas y vacas sin manchas, y comprobar cuántas veces acierta con cada grupo.'
							}
						],
						teacherNotes: {
							en: 'About 4 minutes. Compare it to a little child who has only seen black-and-white cows in picture books: they might not believe that a brown cow is a cow either. Stress that the computer is not being mean or picky. It only knows the examples it was given.',
							es: 'Unos 4 minutos. Compárelo con un niño pequeño que solo ha visto vacas blancas y negras en sus libros: quizás tampoco creería que una vaca marrón es una vaca. Insista en que la computadora no es mala ni quisquillosa. Solo conoce los ejemplos que le dieron.'
						}
					},
					{
						kind: 'activity',
						id: 'doodle-lab',
						activity: 'doodle-lab',
						title: { en: 'Spotted cows lab', es: 'Laboratorio de vacas con manchas' },
						instructions: {
							en: 'First, look at “Dataset facts”: how many of the cows have spots? Press “Train” and watch the computer learn. Then check the results: how many cows with spots did it get right, and how many cows without spots? In the big table, tap the number where “Really a cow” meets “Guessed horse” to see the cows it got wrong. Now make it fair: move “Cows with spots” to 50% and train again. Look at “Before and after”. Last, draw your own cow with spots and one without, and see what your model guesses!',
							es: 'Primero, mira “Datos del conjunto”: ¿cuántas de las vacas tienen manchas? Pulsa “Entrenar” y mira cómo aprende la computadora. Después revisa los resultados: ¿cuántas vacas con manchas acertó y cuántas vacas sin manchas? En la tabla grande, toca el número donde se cruzan “En realidad: vaca” y “Dijo caballo” para ver las vacas con las que se equivocó. Ahora hazlo justo: mueve “Vacas con manchas” al 50 % y entrena otra vez. Mira “Antes y después”. Por último, dibuja tu propia vaca con manchas y otra sin manchas, ¡y mira qué adivina tu modelo!'
						},
						preset: { start: 'biased', metrics: 'accuracy', epochs: 12 },
						teacherNotes: {
							en: 'About 15 minutes. Pairs share a device: one moves the sliders, the other reads the results aloud, then they switch. Training takes a few seconds. With the starting mix, cows with spots are almost always recognized and cows without spots are often missed, mostly guessed as horses. Stop the class after the first training and fill in the “Before” column on the board (“With spots: __ out of 150. Without spots: __ out of 150.”) before anyone changes the mix. Results differ a little between pairs; that is normal. The drawings are made by the app to look hand-drawn, and real Quick, Draw! drawings work the same way.',
							es: 'Unos 15 minutos. Las parejas comparten un dispositivo: uno mueve los controles y el otro lee los resultados en voz alta; luego cambian. El entrenamiento dura unos segundos. Con la mezcla inicial, las vacas con manchas casi siempre se reconocen y las vacas sin manchas muchas veces no, y casi siempre se confunden con caballos. Detenga a la clase después del primer entrenamiento y complete la columna “Antes” en la pizarra (“Con manchas: __ de 150. Sin manchas: __ de 150.”) antes de que alguien cambie la mezcla. Es normal que los resultados varíen un poco entre parejas. Los dibujos los crea la aplicación para que parezcan hechos a mano, y los dibujos reales de Quick, Draw! funcionan igual.'
						}
					},
					{
						kind: 'discuss',
						id: 'the-ai-draws',
						prompt: {
							en: 'How many of the AI’s cows have spots? Why do you think it draws them that way?',
							es: '¿Cuántas de las vacas de la IA tienen manchas? ¿Por qué crees que las dibuja así?'
						},
						teacherNotes: {
							en: 'About 5 minutes. At the end of the lab, in “The AI draws”, pairs tap “Draw it!” with the cow three times and count the cows with spots. Then one partner starts a cow (just the body and legs) and taps “Finish my drawing”. Our cow model learned to draw from the lab’s starting cows, and 9 in 10 of them have spots, so most of its cows come out spotted: the same lesson as the sorting, seen from the other side. Ask: “If it only ever saw cows with spots, could it draw a cow without spots?” Pairs can save their favourite drawing to the class gallery to show on the board.',
							es: 'Unos 5 minutos. Al final del laboratorio, en «La IA dibuja», las parejas tocan «¡Dibújalo!» con la vaca tres veces y cuentan las vacas con manchas. Luego uno empieza una vaca (solo el cuerpo y las patas) y toca «Termina mi dibujo». Nuestro modelo de vacas aprendió a dibujar con las vacas iniciales del laboratorio, y 9 de cada 10 tienen manchas, así que la mayoría de sus vacas salen con manchas: la misma lección que la de clasificar, vista desde el otro lado. Pregunte: «Si solo hubiera visto vacas con manchas, ¿podría dibujar una vaca sin manchas?». Las parejas pueden guardar su dibujo favorito en la galería de la clase para mostrarlo en la pizarra.'
						}
					},
					{
						kind: 'discuss',
						id: 'why-horses',
						prompt: {
							en: 'Why do you think the computer guessed “horse” for so many cows without spots? What changed when you gave it more cows without spots?',
							es: '¿Por qué crees que la computadora dijo “caballo” para tantas vacas sin manchas? ¿Qué cambió cuando le diste más vacas sin manchas?'
						},
						teacherNotes: {
							en: 'About 5 minutes. A cow without spots looks a lot like a horse: four legs, a tail, a long body. Without its favorite clue, the computer picked the animal it looked most like. After the fix, it had to learn other clues, like the shape of the neck and legs, or horns. Ask: “Was the first computer fair to cows without spots? Is the new one fairer?” Fill in the “After” column next to the “Before” numbers.',
							es: 'Unos 5 minutos. Una vaca sin manchas se parece mucho a un caballo: cuatro patas, una cola, un cuerpo alargado. Sin su pista favorita, la computadora eligió el animal al que más se parecía. Después del arreglo, tuvo que aprender otras pistas, como la forma del cuello y de las patas, o los cuernos. Pregunte: “¿La primera computadora era justa con las vacas sin manchas? ¿La nueva es más justa?”. Complete la columna “Después” junto a los números de “Antes”.'
						}
					},
					{
						kind: 'slide',
						id: 'who-labels',
						title: {
							en: 'Who decides what the examples say?',
							es: '¿Quién decide qué dicen los ejemplos?'
						},
						body: [
							{
								en: 'People choose which examples a computer learns from. People also give each example a label, like “cow with spots” or “cow without spots”.',
								es: 'Las personas eligen de qué ejemplos aprende una computadora. También le ponen a cada ejemplo una etiqueta, como “vaca con manchas” o “vaca sin manchas”.'
							},
							{
								en: 'But labeling can be tricky. Is a cow with just one spot a cow with spots? What about a cow colored in brown? Two people might label the same drawing differently.',
								es: 'Pero etiquetar puede ser difícil. Una vaca con una sola mancha, ¿es una vaca con manchas? ¿Y una vaca pintada de marrón? Dos personas podrían etiquetar el mismo dibujo de forma diferente.'
							},
							{
								en: 'To make a computer fair, people need to include all kinds of cows, and all kinds of people should help decide.',
								es: 'Para que una computadora sea justa, hay que incluir todo tipo de vacas, y todo tipo de personas deberían ayudar a decidir.'
							}
						],
						teacherNotes: {
							en: 'About 4 minutes. Draw a cow with one small spot on the board and take a quick vote: “Spots or no spots?” Show that even one class can disagree. Then connect it to the fifth graders: they noticed a problem because they looked at which cows the computer got wrong. Kids’ questions matter: noticing who a computer gets wrong is the first step to fixing it.',
							es: 'Unos 4 minutos. Dibuje en la pizarra una vaca con una sola mancha pequeña y hagan una votación rápida: “¿Con manchas o sin manchas?”. Muestre que hasta una sola clase puede no estar de acuerdo. Luego relaciónelo con los estudiantes de quinto grado: notaron el problema porque se fijaron en con qué vacas se equivocaba la computadora. Las preguntas de los niños importan: darse cuenta de con quién se equivoca una computadora es el primer paso para arreglarla.'
						}
					},
					{
						kind: 'quiz',
						id: 'quick-check',
						title: { en: 'Quick check', es: 'Comprobación rápida' },
						questions: [
							{
								id: 'why-spots',
								prompt: {
									en: 'Why did the computer recognize cows with spots better than cows without spots?',
									es: '¿Por qué la computadora reconocía mejor las vacas con manchas que las vacas sin manchas?'
								},
								choices: [
									{
										id: 'likes-spots',
										text: {
											en: 'It likes cows with spots more',
											es: 'Le gustan más las vacas con manchas'
										}
									},
									{
										id: 'examples',
										text: {
											en: 'Most of the cow drawings it learned from had spots',
											es: 'La mayoría de los dibujos de vacas de los que aprendió tenían manchas'
										}
									},
									{
										id: 'drawn-wrong',
										text: {
											en: 'Cows without spots are drawn wrong',
											es: 'Las vacas sin manchas están mal dibujadas'
										}
									}
								],
								answer: 'examples',
								explanation: {
									en: 'The computer learned from examples, and almost all the cows in them had spots. So it learned “spots mean cow”. It doesn’t like or dislike anything, and a cow without spots is still a cow!',
									es: 'La computadora aprendió de ejemplos, y casi todas las vacas que había en ellos tenían manchas. Por eso aprendió que “manchas = vaca”. No le gusta ni le disgusta nada, ¡y una vaca sin manchas sigue siendo una vaca!'
								}
							},
							{
								id: 'fix-it',
								prompt: {
									en: 'What is a good way to help the computer recognize cows without spots?',
									es: '¿Cuál es una buena manera de ayudar a la computadora a reconocer las vacas sin manchas?'
								},
								choices: [
									{
										id: 'more-spots',
										text: {
											en: 'Give it even more cows with spots',
											es: 'Darle todavía más vacas con manchas'
										}
									},
									{
										id: 'balance',
										text: {
											en: 'Give it about as many cows without spots as cows with spots',
											es: 'Darle más o menos tantas vacas sin manchas como vacas con manchas'
										}
									},
									{
										id: 'same-again',
										text: {
											en: 'Train it again with the same drawings',
											es: 'Entrenarla otra vez con los mismos dibujos'
										}
									}
								],
								answer: 'balance',
								explanation: {
									en: 'When the examples include plenty of cows without spots, the computer has to learn other clues for “cow”, like the neck, the legs or horns. Training again on the same drawings teaches it the same thing.',
									es: 'Cuando los ejemplos incluyen muchas vacas sin manchas, la computadora tiene que aprender otras pistas para “vaca”, como el cuello, las patas o los cuernos. Si se entrena otra vez con los mismos dibujos, aprende lo mismo.'
								}
							},
							{
								id: 'who-decides',
								prompt: {
									en: 'Who decides which examples a computer learns from?',
									es: '¿Quién decide de qué ejemplos aprende una computadora?'
								},
								choices: [
									{
										id: 'computer',
										text: {
											en: 'The computer picks them by itself',
											es: 'La computadora los elige sola'
										}
									},
									{
										id: 'people',
										text: {
											en: 'People choose and label the examples',
											es: 'Las personas eligen y etiquetan los ejemplos'
										}
									},
									{
										id: 'nobody',
										text: {
											en: 'Nobody, it just happens',
											es: 'Nadie, simplemente pasa'
										}
									}
								],
								answer: 'people',
								explanation: {
									en: 'People collect the examples, decide which ones to use and give them labels. That means people can also notice when something is missing and fix it, just like you did.',
									es: 'Las personas reúnen los ejemplos, deciden cuáles usar y les ponen etiquetas. Eso significa que las personas también pueden darse cuenta de que falta algo y arreglarlo, igual que hiciste tú.'
								}
							}
						],
						teacherNotes: {
							en: 'About 4 minutes. Read each question aloud. Students hold up 1, 2 or 3 fingers before you reveal the answer. Ask one student to explain each answer in their own words.',
							es: 'Unos 4 minutos. Lea cada pregunta en voz alta. Los estudiantes muestran 1, 2 o 3 dedos antes de que revele la respuesta. Pida a un estudiante que explique cada respuesta con sus propias palabras.'
						}
					},
					{
						kind: 'reflect',
						id: 'exit-ticket',
						prompt: {
							en: 'Draw or write: what did the computer learn from the cows with spots, and how did you make it fairer?',
							es: 'Dibuja o escribe: ¿qué aprendió la computadora de las vacas con manchas y cómo la hiciste más justa?'
						},
						teacherNotes: {
							en: 'About 5 minutes. Students can draw a before-and-after picture, write two sentences or tell a partner. Look for both parts: the computer learned from examples that mostly had spots, and more cows without spots made it fairer.',
							es: 'Unos 5 minutos. Pueden hacer un dibujo de antes y después, escribir dos oraciones o contárselo a un compañero. Busque las dos partes: la computadora aprendió de ejemplos que casi siempre tenían manchas, y con más vacas sin manchas se volvió más justa.'
						}
					}
				],
				guide: {
					preparation: [
						{
							en: 'Open the spotted cows lab once before class (about 10 minutes): train with the starting mix, then with 50% cows with spots, so you know what students will see. It trains right in the browser and keeps working offline once the page has loaded.',
							es: 'Abra el laboratorio de vacas con manchas una vez antes de la clase (unos 10 minutos): entrene con la mezcla inicial y luego con un 50 % de vacas con manchas, para saber qué verán los estudiantes. Entrena directamente en el navegador y sigue funcionando sin conexión una vez cargada la página.'
						},
						{
							en: 'On older or slower tablets, choose fewer passes over the data in the activity set-up (for example 6 instead of 12). Training gets faster and the lesson still works.',
							es: 'En tabletas antiguas o lentas, elija menos pasadas sobre los datos en la configuración de la actividad (por ejemplo, 6 en lugar de 12). El entrenamiento será más rápido y la lección sigue funcionando.'
						},
						{
							en: 'Draw a results table on the board with two columns, “Before” and “After”, and two rows, “Cows with spots” and “Cows without spots”.',
							es: 'Dibuje en la pizarra una tabla de resultados con dos columnas, “Antes” y “Después”, y dos filas, “Vacas con manchas” y “Vacas sin manchas”.'
						},
						{
							en: 'Decide how students will work: in pairs on devices, or as a whole class on one projected screen with volunteers at the sliders.',
							es: 'Decida cómo trabajarán: en parejas con dispositivos o toda la clase con una pantalla proyectada y voluntarios que muevan los controles.'
						}
					],
					timing: [
						{
							minutes: 4,
							activity: {
								en: 'Hook: the spotted cow mystery',
								es: 'Inicio: el misterio de las vacas con manchas'
							}
						},
						{
							minutes: 4,
							activity: {
								en: 'Partner talk: what did the computer learn?',
								es: 'Conversación en parejas: ¿qué aprendió la computadora?'
							}
						},
						{
							minutes: 4,
							activity: {
								en: 'How the computer learned from examples',
								es: 'Cómo aprendió la computadora de los ejemplos'
							}
						},
						{
							minutes: 15,
							activity: {
								en: 'Spotted cows lab: train, test, fix and draw',
								es: 'Laboratorio de vacas con manchas: entrenar, probar, arreglar y dibujar'
							}
						},
						{
							minutes: 5,
							activity: {
								en: 'Class talk: why horses? What changed?',
								es: 'Conversación en clase: ¿por qué caballos? ¿Qué cambió?'
							}
						},
						{
							minutes: 4,
							activity: {
								en: 'Who decides what the examples say?',
								es: '¿Quién decide qué dicen los ejemplos?'
							}
						},
						{
							minutes: 4,
							activity: { en: 'Quick check quiz', es: 'Prueba de comprobación rápida' }
						},
						{
							minutes: 5,
							activity: { en: 'Exit ticket', es: 'Tarjeta de salida' }
						}
					],
					misconceptions: [
						{
							misconception: {
								en: 'The computer is being mean to cows without spots, or it just likes cows with spots better.',
								es: 'La computadora es mala con las vacas sin manchas, o simplemente le gustan más las vacas con manchas.'
							},
							response: {
								en: 'The computer has no feelings and no favorites. It learned from examples that were almost all cows with spots, so spots became its clue for “cow”. Change the examples and it learns something different.',
								es: 'La computadora no tiene sentimientos ni favoritos. Aprendió de ejemplos que eran casi todos vacas con manchas, así que las manchas se convirtieron en su pista para “vaca”. Si cambias los ejemplos, aprende otra cosa.'
							}
						},
						{
							misconception: {
								en: 'More examples always fix the problem.',
								es: 'Más ejemplos siempre arreglan el problema.'
							},
							response: {
								en: 'Adding more cows with spots doesn’t help the cows without spots. What helps is the right mix: enough cows without spots. Let students try it: move the cow slider up but leave the spots at 90%.',
								es: 'Añadir más vacas con manchas no ayuda a las vacas sin manchas. Lo que ayuda es la mezcla correcta: suficientes vacas sin manchas. Deje que lo prueben: subir el control de vacas pero dejar las manchas en el 90 %.'
							}
						},
						{
							misconception: {
								en: 'It gets most animals right, so it’s fine.',
								es: 'Acierta con la mayoría de los animales, así que está bien.'
							},
							response: {
								en: 'A computer can be right most of the time and still be wrong a lot for one group. Ask: “If you drew a cow without spots, would it be fine for you?”',
								es: 'Una computadora puede acertar casi siempre y aun así equivocarse mucho con un grupo. Pregunte: “Si tú dibujaras una vaca sin manchas, ¿estaría bien para ti?”.'
							}
						},
						{
							misconception: { en: 'All cows have spots.', es: 'Todas las vacas tienen manchas.' },
							response: {
								en: 'Many real cows are brown, black or reddish all over. Cartoons and toys show lots of black-and-white cows, which is one reason people draw them that way.',
								es: 'Muchas vacas de verdad son completamente marrones, negras o rojizas. Los dibujos animados y los juguetes muestran muchas vacas blancas y negras, y esa es una de las razones por las que la gente las dibuja así.'
							}
						}
					],
					differentiation: {
						support: [
							{
								en: 'Run the first training together on one screen, thinking aloud about each number, before pairs work on their own.',
								es: 'Hagan juntos el primer entrenamiento en una sola pantalla, pensando en voz alta sobre cada número, antes de que las parejas trabajen solas.'
							},
							{
								en: 'Give a sentence starter for the results: “The computer got ___ out of 150 cows with spots and ___ out of 150 cows without spots.”',
								es: 'Dé una frase para empezar: “La computadora acertó ___ de 150 vacas con manchas y ___ de 150 vacas sin manchas”.'
							},
							{
								en: 'Pair students who need reading support with a confident reader, and read the activity instructions aloud one sentence at a time.',
								es: 'Ponga en pareja a quienes necesitan apoyo con la lectura con alguien que lea con soltura, y lea en voz alta las instrucciones de la actividad oración por oración.'
							}
						],
						extension: [
							{
								en: 'Challenge early finishers: can you make the computer worse at cows with spots? What mix did it take?',
								es: 'Rete a quienes terminen antes: ¿pueden hacer que la computadora se equivoque más con las vacas con manchas? ¿Qué mezcla hizo falta?'
							},
							{
								en: 'Set “Horses” to 0 and train again. What does the computer guess for cows without spots now, and why?',
								es: 'Pongan “Caballos” en 0 y entrenen otra vez. ¿Qué dice ahora la computadora ante las vacas sin manchas, y por qué?'
							},
							{
								en: 'Students think of another thing people usually draw one way, like a fish or a house, and predict which drawings a computer might miss.',
								es: 'Los estudiantes piensan en otra cosa que la gente suele dibujar siempre igual, como un pez o una casa, y predicen qué dibujos podría no reconocer una computadora.'
							}
						]
					},
					unplugged: [
						{
							en: 'Make a “learning pile” for each group of 3 or 4: 10 cow cards (9 with spots, 1 without) and 3 cards each of horses, pigs and sheep, each card labeled with the animal’s name. Simple doodles are enough.',
							es: 'Prepare un “montón para aprender” por cada grupo de 3 o 4: 10 tarjetas de vacas (9 con manchas y 1 sin manchas) y 3 tarjetas de cada uno de estos animales: caballos, cerdos y ovejas, cada tarjeta con el nombre del animal. Basta con dibujos sencillos.'
						},
						{
							en: 'Groups are the computer: they look at their pile and write one rule, “It is a cow if…”. Most groups will write something about spots.',
							es: 'Los grupos son la computadora: miran su montón y escriben una regla: “Es una vaca si…”. La mayoría de los grupos escribirá algo sobre las manchas.'
						},
						{
							en: 'Test each rule on a “test pile” with no names: 4 cows with spots, 4 cows without spots and 4 horses. One student in each group follows the rule exactly, card by card.',
							es: 'Pongan a prueba cada regla con un “montón de prueba” sin nombres: 4 vacas con manchas, 4 vacas sin manchas y 4 caballos. Un estudiante de cada grupo sigue la regla al pie de la letra, tarjeta por tarjeta.'
						},
						{
							en: 'Tally on the board how many cows with spots and cows without spots each rule found. Ask: “Where did the cows without spots go?”',
							es: 'Anote en la pizarra cuántas vacas con manchas y cuántas sin manchas encontró cada regla. Pregunte: “¿Adónde fueron a parar las vacas sin manchas?”.'
						},
						{
							en: 'Fix it: give each group 4 more cow cards without spots, have them rewrite their rule and test again. Compare the before and after tallies, then do the one-spot vote, read the quiz aloud and collect the exit tickets on paper.',
							es: 'Arréglenlo: dé a cada grupo 4 tarjetas más de vacas sin manchas, pídales que reescriban su regla y vuelvan a probarla. Comparen los recuentos de antes y después; luego hagan la votación de la vaca con una sola mancha, lea la prueba en voz alta y recoja las tarjetas de salida en papel.'
						}
					]
				}
			}
		],
		'6-8': [
			{
				slug: 'who-does-it-work-for',
				title: { en: 'Who Does the Model Work For?', es: '¿Para quién funciona el modelo?' },
				summary: {
					en: 'Students train an image classifier on a lopsided set of animal doodles, test it on a balanced test set, discover that it works much worse for the plain-cow subgroup, trace the bias back to the training data, fix the mix and connect the pattern to real AI systems.',
					es: 'Los estudiantes entrenan un clasificador de imágenes con un conjunto desequilibrado de dibujos de animales, lo prueban con un conjunto de prueba equilibrado, descubren que funciona mucho peor con el subgrupo de las vacas sin manchas, rastrean el sesgo hasta los datos de entrenamiento, corrigen la mezcla y relacionan el patrón con sistemas de IA reales.'
				},
				minutes: 50,
				objectives: [
					{
						en: 'Distinguish training data from test data and explain why a model is tested on examples it never saw.',
						es: 'Distinguir los datos de entrenamiento de los datos de prueba y explicar por qué un modelo se prueba con ejemplos que nunca vio.'
					},
					{
						en: 'Measure a model’s accuracy for each subgroup and identify a gap that the overall accuracy hides.',
						es: 'Medir la exactitud de un modelo para cada subgrupo e identificar una diferencia que la exactitud global oculta.'
					},
					{
						en: 'Explain how an unbalanced training set leads to bias, and test a change to the data that reduces it.',
						es: 'Explicar cómo un conjunto de entrenamiento desequilibrado produce sesgo, y probar un cambio en los datos que lo reduzca.'
					},
					{
						en: 'Give real examples of AI that worked worse for some groups of people, and say who is responsible for the data it learns from.',
						es: 'Dar ejemplos reales de IA que funcionó peor para algunos grupos de personas y decir quién es responsable de los datos de los que aprende.'
					}
				],
				vocabulary: [
					{
						term: { en: 'training data', es: 'datos de entrenamiento' },
						definition: {
							en: 'The labeled examples a model learns from. In the lab, the animal doodles you choose with the sliders.',
							es: 'Los ejemplos etiquetados de los que aprende un modelo. En el laboratorio, los dibujos de animales que eliges con los controles.'
						}
					},
					{
						term: { en: 'test data', es: 'datos de prueba' },
						definition: {
							en: 'Different examples, kept apart from training, used to check how well the model works on things it has never seen.',
							es: 'Otros ejemplos, separados del entrenamiento, que sirven para comprobar qué tan bien funciona el modelo con cosas que nunca ha visto.'
						}
					},
					{
						term: { en: 'model', es: 'modelo' },
						definition: {
							en: 'What training produces: the patterns the computer learned, which it uses to make guesses about new examples.',
							es: 'Lo que produce el entrenamiento: los patrones que aprendió la computadora y que usa para adivinar con ejemplos nuevos.'
						}
					},
					{
						term: { en: 'accuracy', es: 'exactitud' },
						definition: {
							en: 'The percent of test examples the model gets right.',
							es: 'El porcentaje de ejemplos de prueba que el modelo acierta.'
						}
					},
					{
						term: { en: 'subgroup', es: 'subgrupo' },
						definition: {
							en: 'A smaller group inside a category, like plain cows and spotted cows inside “cow”.',
							es: 'Un grupo más pequeño dentro de una categoría, como las vacas sin manchas y las vacas con manchas dentro de “vaca”.'
						}
					},
					{
						term: { en: 'bias', es: 'sesgo' },
						definition: {
							en: 'When a model’s mistakes fall much more on some groups than on others, often because some groups are missing or rare in its training data.',
							es: 'Cuando los errores de un modelo recaen mucho más en unos grupos que en otros, a menudo porque algunos grupos faltan o aparecen poco en sus datos de entrenamiento.'
						}
					}
				],
				materials: [
					{
						en: 'One device per pair, or one projected screen for a whole-class demo',
						es: 'Un dispositivo por pareja, o una pantalla proyectada para una demostración con toda la clase'
					},
					{
						en: 'A results table on the board: spotted-cow accuracy, plain-cow accuracy, gap and overall accuracy, before and after',
						es: 'Una tabla de resultados en la pizarra: exactitud con vacas con manchas, exactitud con vacas sin manchas, diferencia y exactitud global, antes y después'
					},
					{
						en: 'Chart paper for a class checklist, and sticky notes or index cards for the exit ticket',
						es: 'Papel grande para una lista de comprobación de la clase, y notas adhesivas o fichas para la tarjeta de salida'
					},
					{
						en: 'Paper option: printed or hand-drawn doodle cards for the unplugged version',
						es: 'Opción en papel: tarjetas con dibujos impresos o hechos a mano para la versión sin dispositivos'
					}
				],
				steps: [
					{
						kind: 'slide',
						id: 'hook',
						title: { en: 'The case of the spotted cows', es: 'El caso de las vacas con manchas' },
						body: [
							{
								en: 'In Google’s game Quick, Draw!, you get 20 seconds to doodle a word while a neural network tries to guess it. Millions of people have played, and their doodles became a public dataset.',
								es: 'En el juego de Google Quick, Draw!, tienes 20 segundos para dibujar una palabra mientras una red neuronal intenta adivinarla. Millones de personas han jugado, y sus dibujos se convirtieron en un conjunto de datos público.'
							},
							{
								en: 'At the first Day of AI, a group of fifth graders noticed a pattern: the game recognized cows with spots easily but often missed cows without spots.',
								es: 'En el primer Day of AI, un grupo de estudiantes de quinto grado notó un patrón: el juego reconocía fácilmente las vacas con manchas, pero muchas veces no reconocía las vacas sin manchas.'
							},
							{
								en: 'Today you’ll find out why, by training and testing a model of your own.',
								es: 'Hoy descubrirás por qué, entrenando y poniendo a prueba tu propio modelo.'
							}
						],
						teacherNotes: {
							en: 'Allow about 3 minutes. If you have an internet connection, play one round of Quick, Draw! on the projector to show how it works. Emphasize that students younger than your class caught this problem simply by paying attention to which drawings the model got wrong.',
							es: 'Dedique unos 3 minutos. Si tiene conexión a internet, juegue una ronda de Quick, Draw! en el proyector para mostrar cómo funciona. Subraye que unos estudiantes más pequeños que los de su clase detectaron este problema simplemente fijándose en qué dibujos fallaba el modelo.'
						}
					},
					{
						kind: 'discuss',
						id: 'predict',
						prompt: {
							en: 'The model learned what a cow looks like from the cow doodles people made. Predict: what did it actually learn? Which cows, or other animals, might it get wrong, and why?',
							es: 'El modelo aprendió cómo es una vaca a partir de los dibujos de vacas que hizo la gente. Predice: ¿qué aprendió en realidad? ¿Con qué vacas, o con qué otros animales, podría equivocarse y por qué?'
						},
						teacherNotes: {
							en: 'Allow about 4 minutes. Pairs write a one-sentence prediction, then a few share. Listen for the idea that the model latches onto the most common feature (spots) rather than what makes a cow a cow. Record predictions on the board so students can check them after the lab. If someone predicts horses, keep that one in view.',
							es: 'Dedique unos 4 minutos. Las parejas escriben una predicción en una oración y luego algunas la comparten. Escuche si aparece la idea de que el modelo se aferra al rasgo más común (las manchas) en lugar de lo que hace que una vaca sea una vaca. Anote las predicciones en la pizarra para comprobarlas después del laboratorio. Si alguien predice caballos, deje esa predicción a la vista.'
						}
					},
					{
						kind: 'slide',
						id: 'training-and-test-data',
						title: {
							en: 'Training data and test data',
							es: 'Datos de entrenamiento y datos de prueba'
						},
						body: [
							{
								en: 'A machine learning model learns from training data: labeled examples, like 500 doodles labeled “cow” and 500 labeled “horse”. It adjusts itself, pass after pass, to get more of them right.',
								es: 'Un modelo de aprendizaje automático aprende de los datos de entrenamiento: ejemplos etiquetados, como 500 dibujos con la etiqueta “vaca” y 500 con la etiqueta “caballo”. Se ajusta a sí mismo, pasada tras pasada, para acertar cada vez más.'
							},
							{
								en: 'To know whether it really learned, we check it on test data: new examples it never saw in training. Getting the training examples right could just be memorizing; the test shows whether the learning carries over.',
								es: 'Para saber si de verdad aprendió, lo comprobamos con datos de prueba: ejemplos nuevos que nunca vio durante el entrenamiento. Acertar los ejemplos de entrenamiento podría ser pura memoria; la prueba muestra si lo aprendido sirve para casos nuevos.'
							},
							{
								en: 'Accuracy is the percent of test examples the model gets right.',
								es: 'La exactitud es el porcentaje de ejemplos de prueba que el modelo acierta.'
							}
						],
						teacherNotes: {
							en: 'Allow about 4 minutes. Use a study analogy: practicing with last year’s quiz (training) versus taking a new quiz on the same topic (test). In the lab the test set is balanced on purpose: 150 spotted cows, 150 plain cows and 150 of each other animal, so every group gets a fair check.',
							es: 'Dedique unos 4 minutos. Use una analogía de estudio: practicar con el examen del año pasado (entrenamiento) frente a hacer un examen nuevo sobre el mismo tema (prueba). En el laboratorio, el conjunto de prueba está equilibrado a propósito: 150 vacas con manchas, 150 vacas sin manchas y 150 de cada otro animal, para que cada grupo se compruebe de forma justa.'
						}
					},
					{
						kind: 'slide',
						id: 'subgroups-and-bias',
						title: { en: 'Subgroups and bias', es: 'Subgrupos y sesgo' },
						body: [
							{
								en: 'One accuracy number can hide a lot. A model can get 90% of all test doodles right and still miss a large share of one subgroup, such as plain cows.',
								es: 'Un solo número de exactitud puede esconder mucho. Un modelo puede acertar el 90 % de todos los dibujos de prueba y aun así fallar con una gran parte de un subgrupo, como las vacas sin manchas.'
							},
							{
								en: 'When a model’s mistakes fall much more on one group than on others, we call it bias. Bias in AI usually doesn’t come from anyone being unfair on purpose. It comes from data that leaves some groups out or shows too few of them.',
								es: 'Cuando los errores de un modelo recaen mucho más en un grupo que en los demás, hablamos de sesgo. El sesgo en la IA no suele venir de que alguien sea injusto a propósito. Viene de datos que dejan fuera a algunos grupos o muestran muy pocos ejemplos de ellos.'
							},
							{
								en: 'So we check every subgroup separately. That is exactly what the lab does.',
								es: 'Por eso comprobamos cada subgrupo por separado. Eso es justo lo que hace el laboratorio.'
							}
						],
						teacherNotes: {
							en: 'Allow about 3 minutes. Ask: “If a model is right 90% of the time, is it good?” Let students argue, then ask: “Good for whom?” That question is the thread of the rest of the lesson.',
							es: 'Dedique unos 3 minutos. Pregunte: “Si un modelo acierta el 90 % de las veces, ¿es bueno?”. Deje que debatan y luego pregunte: “¿Bueno para quién?”. Esa pregunta es el hilo conductor del resto de la lección.'
						}
					},
					{
						kind: 'activity',
						id: 'doodle-lab',
						activity: 'doodle-lab',
						title: { en: 'Spotted cows lab', es: 'Laboratorio de vacas con manchas' },
						instructions: {
							en: 'Start with the mix you are given and read the “Dataset facts”. Press “Train”, then compare the results for spotted cows and plain cows and write down the gap in points. In the table of where the drawings landed, open the cell where “Really a cow” meets “Guessed horse” and look at the drawings: what do they have in common? Next, change the training data to close the gap (try 50% spotted, or change the counts), train again and compare the two models in “Before and after”. Finally, test your model yourself in “Draw a cow for your model”: does it still need spots?',
							es: 'Empieza con la mezcla que te dan y lee los “Datos del conjunto”. Pulsa “Entrenar”, compara los resultados de las vacas con manchas y sin manchas, y anota la diferencia en puntos. En la tabla de dónde acabaron los dibujos, abre la celda donde se cruzan “En realidad: vaca” y “Dijo caballo” y mira los dibujos: ¿qué tienen en común? Después, cambia los datos de entrenamiento para reducir la diferencia (prueba con un 50 % de vacas con manchas o cambia las cantidades), entrena de nuevo y compara los dos modelos en “Antes y después”. Por último, pon a prueba tu modelo en “Dibuja una vaca para tu modelo”: ¿todavía necesita manchas?'
						},
						preset: { start: 'biased', metrics: 'accuracy', epochs: 12 },
						teacherNotes: {
							en: 'Allow about 16 minutes. Pairs share a device. Expect spotted cows near 99% and plain cows somewhere around 50 to 70%, with most misses guessed as horses. Before anyone changes the mix, collect each pair’s numbers in the table on the board; the variation between pairs is worth a comment (training involves some randomness). After the fix, the gap usually drops below 10 points and every animal is around 97%. Challenge fast pairs to test a trap: raise the number of cows but keep 90% spotted, and see how much (or how little) it helps. The drawings are generated by the app to look hand-drawn; real Quick, Draw! data behaves the same way.',
							es: 'Dedique unos 16 minutos. Las parejas comparten un dispositivo. Cabe esperar vacas con manchas cerca del 99 % y vacas sin manchas entre el 50 y el 70 % más o menos, con la mayoría de los fallos clasificados como caballos. Antes de que alguien cambie la mezcla, reúna en la tabla de la pizarra los números de cada pareja; la variación entre parejas merece un comentario (el entrenamiento tiene algo de azar). Tras la corrección, la diferencia suele bajar de 10 puntos y todos los animales rondan el 97 %. Rete a las parejas rápidas a probar una trampa: subir el número de vacas pero mantener un 90 % con manchas, y ver cuánto (o qué poco) ayuda. Los dibujos los genera la aplicación para que parezcan hechos a mano; los datos reales de Quick, Draw! se comportan igual.'
						}
					},
					{
						kind: 'discuss',
						id: 'the-ai-draws',
						prompt: {
							en: 'The AI’s cows come from data too. Draw three with “The AI draws”: how many have spots, and what does that tell you about the cows it learned from?',
							es: 'Las vacas de la IA también vienen de datos. Dibuja tres con «La IA dibuja»: ¿cuántas tienen manchas y qué te dice eso sobre las vacas de las que aprendió?'
						},
						teacherNotes: {
							en: 'About 6 minutes. “The AI draws”, at the end of the lab, runs a sketch-rnn model: a recurrent network that predicts the next pen move. Our cow model was trained on the lab’s starting cows (90 % spotted), so its drawings mostly have spots: a generative model gives back its data’s mix. Have pairs try “How surprising” at both ends (low: tidy, repetitive cows; high: wild lines) and “Finish my drawing” on a cow they start. Magenta’s pig, sheep, dog and cat models appear when the server has them; they learned from thousands of people’s Quick, Draw! drawings. Ask: “Whose drawings did each model learn from, and who is missing?”',
							es: 'Unos 6 minutos. «La IA dibuja», al final del laboratorio, usa un modelo sketch-rnn: una red recurrente que predice el siguiente movimiento del lápiz. Nuestro modelo de vacas se entrenó con las vacas iniciales del laboratorio (90 % con manchas), así que sus dibujos casi siempre tienen manchas: un modelo generativo devuelve la mezcla de sus datos. Pida a las parejas que prueben «¿Qué tan sorprendente?» en ambos extremos (bajo: vacas ordenadas y repetitivas; alto: líneas locas) y «Termina mi dibujo» con una vaca que empiecen ellos. Los modelos de cerdo, oveja, perro y gato de Magenta aparecen cuando el servidor los tiene; aprendieron de miles de dibujos de Quick, Draw!. Pregunte: «¿De los dibujos de quién aprendió cada modelo y quién falta?»'
						}
					},
					{
						kind: 'discuss',
						id: 'read-the-results',
						prompt: {
							en: 'Look at your before and after results. Why were so many plain cows guessed as horses? What exactly did you change, and what did it fix? Was anything still not perfect?',
							es: 'Mira tus resultados de antes y después. ¿Por qué tantas vacas sin manchas se clasificaron como caballos? ¿Qué cambiaste exactamente y qué se arregló? ¿Quedó algo que todavía no fuera perfecto?'
						},
						teacherNotes: {
							en: 'Allow about 5 minutes. Key points: a plain cow shares almost everything with a horse (four legs, tail, long body), so without spots the model fell back on the closest animal. With enough plain cows, it had to learn other features, such as the neck, the legs or horns. Point out that overall accuracy changed only a little while plain-cow accuracy changed a lot: that is why we measure subgroups. Check the predictions from the start of class.',
							es: 'Dedique unos 5 minutos. Ideas clave: una vaca sin manchas comparte casi todo con un caballo (cuatro patas, cola, cuerpo alargado), así que, sin las manchas, el modelo recurrió al animal más parecido. Con suficientes vacas sin manchas, tuvo que aprender otros rasgos, como el cuello, las patas o los cuernos. Señale que la exactitud global cambió poco, mientras que la de las vacas sin manchas cambió mucho: por eso medimos los subgrupos. Revisen las predicciones del principio de la clase.'
						}
					},
					{
						kind: 'slide',
						id: 'not-just-cows',
						title: { en: 'Not just cows', es: 'No solo vacas' },
						body: [
							{
								en: 'The same thing has happened with AI that affects people. Researchers tested face analysis programs and found they made far more mistakes with darker-skinned women than with lighter-skinned men. The photo collections commonly used to build and test such programs showed mostly lighter-skinned faces.',
								es: 'Lo mismo ha pasado con IA que afecta a personas. Unas investigadoras pusieron a prueba programas de análisis facial y descubrieron que se equivocaban muchísimo más con las mujeres de piel oscura que con los hombres de piel clara. Las colecciones de fotos que se solían usar para construir y probar estos programas mostraban sobre todo caras de piel clara.'
							},
							{
								en: 'Voice assistants and automatic captions have also been found to make more mistakes with some accents and ways of speaking. Voices that are rare in the training data are harder for the model.',
								es: 'También se ha comprobado que los asistentes de voz y los subtítulos automáticos se equivocan más con algunos acentos y formas de hablar. Las voces que aparecen poco en los datos de entrenamiento le resultan más difíciles al modelo.'
							},
							{
								en: 'A cow guessed as a horse is funny. A phone that won’t unlock for you, or captions that get your words wrong, are not.',
								es: 'Una vaca confundida con un caballo da risa. Un teléfono que no se desbloquea contigo, o unos subtítulos que cambian tus palabras, no tienen gracia.'
							}
						],
						teacherNotes: {
							en: 'Allow about 4 minutes. Keep the tone factual and calm; some students may have run into these errors themselves. The face analysis study is “Gender Shades” (Joy Buolamwini and Timnit Gebru, 2018); after it was published, several of the companies improved their systems. Ask: “In each case, which group was like the plain cows?”',
							es: 'Dedique unos 4 minutos. Mantenga un tono objetivo y tranquilo; puede que algunos estudiantes hayan sufrido estos errores. El estudio sobre análisis facial es “Gender Shades” (Joy Buolamwini y Timnit Gebru, 2018); después de su publicación, varias de las empresas mejoraron sus sistemas. Pregunte: “En cada caso, ¿qué grupo era como las vacas sin manchas?”.'
						}
					},
					{
						kind: 'discuss',
						id: 'who-decides',
						prompt: {
							en: 'Who decides what goes into a training dataset? In Quick, Draw!, who “chose” that most cows would have spots? If you were in charge of a dataset, what would you check before using it?',
							es: '¿Quién decide qué entra en un conjunto de datos de entrenamiento? En Quick, Draw!, ¿quién “eligió” que la mayoría de las vacas tuvieran manchas? Si estuvieras a cargo de un conjunto de datos, ¿qué comprobarías antes de usarlo?'
						},
						teacherNotes: {
							en: 'Allow about 4 minutes. Nobody planned the spots: millions of players each drew the cow they imagined, and the game collected the drawings. Still, people decided to collect data that way, to use it without checking subgroups and to release the model. Push for concrete checks: count the subgroups, look through the data, test each group separately, ask people who might be left out. Build a class checklist on chart paper.',
							es: 'Dedique unos 4 minutos. Nadie planeó las manchas: millones de jugadores dibujaron cada uno la vaca que imaginaban y el juego recogió los dibujos. Aun así, hubo personas que decidieron recoger los datos de esa manera, usarlos sin revisar los subgrupos y publicar el modelo. Pida comprobaciones concretas: contar los subgrupos, revisar los datos, probar cada grupo por separado, preguntar a las personas que podrían quedar fuera. Elaboren una lista de comprobación de la clase en papel grande.'
						}
					},
					{
						kind: 'quiz',
						id: 'check-understanding',
						title: { en: 'Check your understanding', es: 'Comprueba lo que aprendiste' },
						questions: [
							{
								id: 'why-test-data',
								prompt: {
									en: 'Why is the model tested on drawings it never saw during training?',
									es: '¿Por qué se prueba el modelo con dibujos que nunca vio durante el entrenamiento?'
								},
								choices: [
									{
										id: 'new-drawings',
										text: {
											en: 'To check that it learned patterns that work on new drawings, not just memorized the old ones',
											es: 'Para comprobar que aprendió patrones que sirven con dibujos nuevos y no solo memorizó los que ya conocía'
										}
									},
									{
										id: 'faster',
										text: {
											en: 'Because new drawings make training faster',
											es: 'Porque los dibujos nuevos hacen que el entrenamiento sea más rápido'
										}
									},
									{
										id: 'more-examples',
										text: {
											en: 'To give it more examples to learn from',
											es: 'Para darle más ejemplos de los que aprender'
										}
									}
								],
								answer: 'new-drawings',
								explanation: {
									en: 'A model can do well on its training examples just by memorizing them. Only new examples show whether it will work in real use, which is why test data is kept apart.',
									es: 'Un modelo puede acertar sus ejemplos de entrenamiento solo con memorizarlos. Únicamente los ejemplos nuevos muestran si funcionará de verdad, y por eso los datos de prueba se mantienen aparte.'
								}
							},
							{
								id: 'overall-accuracy',
								prompt: {
									en: 'A model gets 90% of all test drawings right, but only 55% of plain cows. What is the best conclusion?',
									es: 'Un modelo acierta el 90 % de todos los dibujos de prueba, pero solo el 55 % de las vacas sin manchas. ¿Cuál es la mejor conclusión?'
								},
								choices: [
									{
										id: 'fine',
										text: {
											en: 'It is fine, because 90% is high',
											es: 'Está bien, porque un 90 % es mucho'
										}
									},
									{
										id: 'biased',
										text: {
											en: 'It works much worse for one subgroup, so it needs fixing before anyone relies on it',
											es: 'Funciona mucho peor con un subgrupo, así que hay que corregirlo antes de confiar en él'
										}
									},
									{
										id: 'broken-test',
										text: {
											en: 'The test must be broken, because the two numbers disagree',
											es: 'La prueba debe de estar mal, porque los dos números no coinciden'
										}
									}
								],
								answer: 'biased',
								explanation: {
									en: 'Overall accuracy mixes every group together and hides which group the mistakes fall on. Checking each subgroup reveals the gap.',
									es: 'La exactitud global mezcla todos los grupos y oculta en cuál recaen los errores. Comprobar cada subgrupo revela la diferencia.'
								}
							},
							{
								id: 'best-fix',
								prompt: {
									en: 'Which change to the training data is most likely to close the gap between spotted and plain cows?',
									es: '¿Qué cambio en los datos de entrenamiento tiene más probabilidades de reducir la diferencia entre vacas con y sin manchas?'
								},
								choices: [
									{
										id: 'more-cows',
										text: {
											en: 'Add 300 more cows, still 90% spotted',
											es: 'Añadir 300 vacas más, todavía con un 90 % con manchas'
										}
									},
									{
										id: 'balance',
										text: {
											en: 'Include about as many plain cows as spotted cows',
											es: 'Incluir más o menos tantas vacas sin manchas como vacas con manchas'
										}
									},
									{
										id: 'train-longer',
										text: {
											en: 'Train for more passes with the same data',
											es: 'Entrenar más pasadas con los mismos datos'
										}
									}
								],
								answer: 'balance',
								explanation: {
									en: 'The problem was too few plain cows, not too few cows overall. More of the same mix, or training longer on it, keeps teaching “spots mean cow”.',
									es: 'El problema eran las pocas vacas sin manchas, no las pocas vacas en total. Más de la misma mezcla, o entrenar más tiempo con ella, sigue enseñando que “manchas = vaca”.'
								}
							}
						],
						teacherNotes: {
							en: 'Allow about 4 minutes. Students answer on their own first, then compare with a partner before you go over the explanations.',
							es: 'Dedique unos 4 minutos. Los estudiantes responden primero por su cuenta y luego comparan con un compañero antes de que usted repase las explicaciones.'
						}
					},
					{
						kind: 'reflect',
						id: 'exit-ticket',
						prompt: {
							en: 'In your own words: how did the training data cause bias in your model, and how did you find out? Name one real AI system whose makers you would want to test every subgroup.',
							es: 'Con tus propias palabras: ¿cómo causaron sesgo en tu modelo los datos de entrenamiento y cómo lo descubriste? Nombra un sistema de IA real cuyos creadores deberían, en tu opinión, probar todos los subgrupos.'
						},
						teacherNotes: {
							en: 'Allow about 3 minutes. Look for three ideas: the training data was mostly spotted cows; testing subgroups separately revealed the gap; a real system where errors would matter for people.',
							es: 'Dedique unos 3 minutos. Busque tres ideas: los datos de entrenamiento eran casi todos vacas con manchas; probar los subgrupos por separado reveló la diferencia; un sistema real en el que los errores importarían a las personas.'
						}
					}
				],
				guide: {
					preparation: [
						{
							en: 'Before class, run the lab yourself twice (about 10 minutes): once with the starting mix and once with 50% spotted cows, and note your numbers to compare with the class. Everything trains in the browser, so once the page has loaded it works even if the internet drops.',
							es: 'Antes de la clase, use usted el laboratorio dos veces (unos 10 minutos): una con la mezcla inicial y otra con un 50 % de vacas con manchas, y anote sus números para compararlos con los de la clase. Todo se entrena en el navegador, así que, una vez cargada la página, funciona aunque se caiga internet.'
						},
						{
							en: 'If your devices are older tablets, lower the passes over the data in the activity set-up (6 to 8 is plenty). Training finishes sooner and the gap still shows up.',
							es: 'Si sus dispositivos son tabletas antiguas, reduzca las pasadas sobre los datos en la configuración de la actividad (de 6 a 8 es suficiente). El entrenamiento termina antes y la diferencia sigue apareciendo.'
						},
						{
							en: 'Draw the results table on the board: one row per pair, with columns for spotted-cow accuracy, plain-cow accuracy, gap and overall accuracy, before and after.',
							es: 'Dibuje la tabla de resultados en la pizarra: una fila por pareja, con columnas para la exactitud con vacas con manchas, con vacas sin manchas, la diferencia y la exactitud global, antes y después.'
						},
						{
							en: 'Optional: have Quick, Draw! open on the projector for the hook (it needs an internet connection).',
							es: 'Opcional: tenga Quick, Draw! abierto en el proyector para el inicio (necesita conexión a internet).'
						}
					],
					timing: [
						{
							minutes: 3,
							activity: {
								en: 'Hook: the case of the spotted cows',
								es: 'Inicio: el caso de las vacas con manchas'
							}
						},
						{
							minutes: 4,
							activity: {
								en: 'Pairs predict what the model learned',
								es: 'Las parejas predicen qué aprendió el modelo'
							}
						},
						{
							minutes: 7,
							activity: {
								en: 'Training data, test data, subgroups and bias',
								es: 'Datos de entrenamiento, datos de prueba, subgrupos y sesgo'
							}
						},
						{
							minutes: 16,
							activity: {
								en: 'Spotted cows lab: train, test, rebalance, compare',
								es: 'Laboratorio de vacas con manchas: entrenar, probar, reequilibrar, comparar'
							}
						},
						{
							minutes: 5,
							activity: { en: 'Reading the results together', es: 'Leer juntos los resultados' }
						},
						{
							minutes: 4,
							activity: {
								en: 'Not just cows: real-world examples',
								es: 'No solo vacas: ejemplos del mundo real'
							}
						},
						{
							minutes: 4,
							activity: {
								en: 'Who decides what goes into the data?',
								es: '¿Quién decide qué entra en los datos?'
							}
						},
						{
							minutes: 4,
							activity: { en: 'Check your understanding', es: 'Comprueba lo que aprendiste' }
						},
						{
							minutes: 3,
							activity: { en: 'Exit ticket', es: 'Tarjeta de salida' }
						}
					],
					misconceptions: [
						{
							misconception: {
								en: 'The model prefers spotted cows, or is being unfair on purpose.',
								es: 'El modelo prefiere las vacas con manchas, o es injusto a propósito.'
							},
							response: {
								en: 'A model has no preferences or intentions. It found the strongest pattern in its training data. The unfairness comes from the data and from people’s choices about it, which is good news: people can change both.',
								es: 'Un modelo no tiene preferencias ni intenciones. Encontró el patrón más fuerte de sus datos de entrenamiento. La injusticia viene de los datos y de las decisiones que las personas toman sobre ellos, y eso es una buena noticia: las personas pueden cambiar ambas cosas.'
							}
						},
						{
							misconception: {
								en: 'More data always fixes bias.',
								es: 'Más datos siempre corrigen el sesgo.'
							},
							response: {
								en: 'More of the same mix repeats the same lesson. What matters is whether every subgroup is well represented. Have students raise the cow count while keeping 90% spotted and compare the gap.',
								es: 'Más de la misma mezcla repite la misma lección. Lo que importa es que cada subgrupo esté bien representado. Pida a los estudiantes que suban el número de vacas manteniendo un 90 % con manchas y comparen la diferencia.'
							}
						},
						{
							misconception: {
								en: 'The overall accuracy is high, so the model is fine.',
								es: 'La exactitud global es alta, así que el modelo está bien.'
							},
							response: {
								en: 'Overall accuracy is an average over everything, and plain cows are only a fifth of the test. Always break the results down by subgroup and ask who the errors fall on.',
								es: 'La exactitud global es un promedio de todo, y las vacas sin manchas son solo una quinta parte de la prueba. Desglose siempre los resultados por subgrupo y pregunte en quién recaen los errores.'
							}
						},
						{
							misconception: {
								en: 'Once the gap is under 10 points, the bias is solved.',
								es: 'En cuanto la diferencia baja de 10 puntos, el sesgo está resuelto.'
							},
							response: {
								en: 'Smaller is better, but the gap rarely reaches zero, and the test only checks the subgroups someone thought of. Brown cows, cows seen from the front or cows drawn by little kids could still be missed.',
								es: 'Cuanto menor, mejor, pero la diferencia casi nunca llega a cero, y la prueba solo comprueba los subgrupos en los que alguien pensó. Las vacas marrones, las vacas vistas de frente o las vacas dibujadas por niños pequeños podrían seguir sin reconocerse.'
							}
						}
					],
					differentiation: {
						support: [
							{
								en: 'Give a results frame: “Before: spotted __%, plain __%, gap __ points. After: spotted __%, plain __%, gap __ points.”',
								es: 'Dé un marco para los resultados: “Antes: con manchas __ %, sin manchas __ %, diferencia __ puntos. Después: con manchas __ %, sin manchas __ %, diferencia __ puntos”.'
							},
							{
								en: 'Do the first training on the projector and think aloud about how to read the table of where the drawings landed, one row at a time.',
								es: 'Haga el primer entrenamiento en el proyector y piense en voz alta sobre cómo leer la tabla de dónde acabaron los dibujos, fila por fila.'
							},
							{
								en: 'Post a word bank with training data, test data, accuracy, subgroup and bias, each with a quick sketch.',
								es: 'Coloque un banco de palabras con datos de entrenamiento, datos de prueba, exactitud, subgrupo y sesgo, cada una con un dibujo rápido.'
							}
						],
						extension: [
							{
								en: 'Find the smallest share of plain cows that keeps the gap under 10 points. Graph spotted share against gap over several runs.',
								es: 'Encuentren la menor proporción de vacas sin manchas que mantiene la diferencia por debajo de 10 puntos. Representen en un gráfico la proporción con manchas frente a la diferencia en varias pruebas.'
							},
							{
								en: 'Research one real case of AI bias (face analysis or speech recognition) and present which group was missed, why, and what was done about it.',
								es: 'Investiguen un caso real de sesgo en la IA (análisis facial o reconocimiento de voz) y presenten a qué grupo afectó, por qué y qué se hizo al respecto.'
							},
							{
								en: 'Design a balanced test set for a different classifier, such as one that recognizes dogs: which subgroups would you include, and how many of each?',
								es: 'Diseñen un conjunto de prueba equilibrado para otro clasificador, por ejemplo uno que reconozca perros: ¿qué subgrupos incluirían y cuántos de cada uno?'
							}
						]
					},
					unplugged: [
						{
							en: 'Print or draw a training deck for each group of 3 or 4: 20 labeled cow cards (18 spotted, 2 plain) and 8 labeled horse cards, plus a few pigs and sheep.',
							es: 'Imprima o dibuje una baraja de entrenamiento para cada grupo de 3 o 4: 20 tarjetas etiquetadas de vacas (18 con manchas y 2 sin manchas) y 8 tarjetas etiquetadas de caballos, además de algunos cerdos y ovejas.'
						},
						{
							en: 'Groups act as the model: they study the deck for 3 minutes and write at most two rules for “cow” that a computer could follow exactly.',
							es: 'Los grupos hacen de modelo: estudian la baraja durante 3 minutos y escriben como máximo dos reglas para “vaca” que una computadora pudiera seguir al pie de la letra.'
						},
						{
							en: 'Hand out a balanced, unlabeled test deck: 6 spotted cows, 6 plain cows and 6 horses. Groups apply their rules card by card and record every guess.',
							es: 'Reparta una baraja de prueba equilibrada y sin etiquetas: 6 vacas con manchas, 6 vacas sin manchas y 6 caballos. Los grupos aplican sus reglas tarjeta por tarjeta y anotan cada respuesta.'
						},
						{
							en: 'Combine every group’s tallies into a table on the board (rows: really a spotted cow, a plain cow, a horse; columns: guessed cow, guessed horse) and compute accuracy for each subgroup.',
							es: 'Reúna los recuentos de todos los grupos en una tabla en la pizarra (filas: en realidad vaca con manchas, vaca sin manchas, caballo; columnas: dijo vaca, dijo caballo) y calculen la exactitud de cada subgrupo.'
						},
						{
							en: 'Groups choose what to add to their deck to fix it (extra plain-cow cards are available), rewrite their rules and test again. Compare before and after on the board, then run the discussions and the quiz on paper.',
							es: 'Los grupos eligen qué añadir a su baraja para corregirla (hay tarjetas extra de vacas sin manchas), reescriben sus reglas y vuelven a probar. Comparen el antes y el después en la pizarra; luego hagan las conversaciones y la prueba en papel.'
						}
					]
				}
			}
		],
		'9-12': [
			{
				slug: 'measuring-bias-documenting-data',
				title: {
					en: 'Measuring Bias, Documenting Data',
					es: 'Medir el sesgo, documentar los datos'
				},
				summary: {
					en: 'Students train a neural network on a skewed doodle dataset, evaluate it per subgroup with accuracy, precision and recall, trace the shortcut it learned from its data, retrain on a rebalanced mix, and write a datasheet recording what the training data contains and what it should not be used for.',
					es: 'Los estudiantes entrenan una red neuronal con un conjunto de dibujos desequilibrado, la evalúan por subgrupos con exactitud, precisión y exhaustividad, rastrean el atajo que aprendió de sus datos, la vuelven a entrenar con una mezcla reequilibrada y redactan una hoja de datos que recoge qué contienen los datos de entrenamiento y para qué no deben usarse.'
				},
				minutes: 50,
				objectives: [
					{
						en: 'Define precision and recall and interpret them for the class “cow” within each subgroup.',
						es: 'Definir la precisión y la exhaustividad e interpretarlas para la clase “vaca” dentro de cada subgrupo.'
					},
					{
						en: 'Explain how an underrepresented subgroup lowers that subgroup’s recall and precision even while overall accuracy stays high.',
						es: 'Explicar cómo un subgrupo infrarrepresentado reduce la exhaustividad y la precisión de ese subgrupo aunque la exactitud global siga siendo alta.'
					},
					{
						en: 'Identify shortcut learning: a model relying on a feature that goes with a label in the training data without defining it.',
						es: 'Identificar el aprendizaje por atajos: un modelo que se apoya en un rasgo que acompaña a una etiqueta en los datos de entrenamiento sin definirla.'
					},
					{
						en: 'Document a dataset with a datasheet covering its contents, origin, gaps and appropriate uses.',
						es: 'Documentar un conjunto de datos con una hoja de datos que recoja su contenido, su origen, sus vacíos y sus usos adecuados.'
					}
				],
				vocabulary: [
					{
						term: { en: 'classifier', es: 'clasificador' },
						definition: {
							en: 'A model that assigns each input to one of a fixed set of labels; here, cow, horse, pig or sheep.',
							es: 'Un modelo que asigna cada entrada a una de un conjunto fijo de etiquetas; aquí, vaca, caballo, cerdo u oveja.'
						}
					},
					{
						term: { en: 'held-out test set', es: 'conjunto de prueba reservado' },
						definition: {
							en: 'Labeled examples kept out of training and used only to evaluate the model, so its scores reflect performance on new data.',
							es: 'Ejemplos etiquetados que se dejan fuera del entrenamiento y se usan solo para evaluar el modelo, de modo que sus resultados reflejan cómo funciona con datos nuevos.'
						}
					},
					{
						term: { en: 'recall', es: 'exhaustividad (recall)' },
						definition: {
							en: 'Of all the examples that really belong to a class, the share the model found. Plain-cow recall: of the plain cows, the percent called “cow”.',
							es: 'De todos los ejemplos que de verdad pertenecen a una clase, la parte que encontró el modelo. Exhaustividad para vacas sin manchas: de las vacas sin manchas, el porcentaje que llamó “vaca”.'
						}
					},
					{
						term: { en: 'precision', es: 'precisión' },
						definition: {
							en: 'Of all the examples the model assigned to a class, the share that really belonged there. Per subgroup here: of that subgroup’s cows plus the other animals called “cow”, the percent that really were cows.',
							es: 'De todos los ejemplos que el modelo asignó a una clase, la parte que de verdad pertenecía a ella. Aquí, por subgrupo: de las vacas de ese subgrupo más los otros animales llamados “vaca”, el porcentaje que de verdad eran vacas.'
						}
					},
					{
						term: { en: 'shortcut learning', es: 'aprendizaje por atajos' },
						definition: {
							en: 'When a model relies on a feature that happens to go with a label in its training data, like spots with “cow”, instead of the features that actually define it.',
							es: 'Cuando un modelo se apoya en un rasgo que casualmente acompaña a una etiqueta en sus datos de entrenamiento, como las manchas a “vaca”, en lugar de en los rasgos que de verdad la definen.'
						}
					},
					{
						term: { en: 'disaggregated evaluation', es: 'evaluación desagregada' },
						definition: {
							en: 'Reporting a model’s results separately for each subgroup instead of as a single overall number.',
							es: 'Informar de los resultados de un modelo por separado para cada subgrupo en lugar de con un único número global.'
						}
					},
					{
						term: { en: 'datasheet', es: 'hoja de datos' },
						definition: {
							en: 'A short document that travels with a dataset and records what is in it, who made it and how, what is missing, and what it should and should not be used for.',
							es: 'Un documento breve que acompaña a un conjunto de datos y recoge qué contiene, quién lo hizo y cómo, qué le falta y para qué debería y no debería usarse.'
						}
					}
				],
				materials: [
					{
						en: 'One device per student or pair',
						es: 'Un dispositivo por estudiante o por pareja'
					},
					{
						en: 'Datasheet template with the four reflection questions, on paper or in a shared document',
						es: 'Plantilla de hoja de datos con las cuatro preguntas de la reflexión, en papel o en un documento compartido'
					},
					{
						en: 'Board space for a class table of recall and precision per subgroup, before and after',
						es: 'Espacio en la pizarra para una tabla de la clase con la exhaustividad y la precisión por subgrupo, antes y después'
					},
					{
						en: 'Optional: calculators for checking precision and recall by hand from the confusion matrix',
						es: 'Opcional: calculadoras para comprobar a mano la precisión y la exhaustividad a partir de la matriz de confusión'
					}
				],
				steps: [
					{
						kind: 'slide',
						id: 'hook',
						title: { en: '“Spots mean cow”', es: '“Manchas = vaca”' },
						body: [
							{
								en: 'Quick, Draw! is a Google game: you have 20 seconds to doodle a word while a neural network guesses what it is. Its players have produced a public dataset of millions of labeled doodles, released under CC BY 4.0 and widely used to train and teach image classifiers.',
								es: 'Quick, Draw! es un juego de Google: tienes 20 segundos para dibujar una palabra mientras una red neuronal adivina qué es. Sus jugadores han generado un conjunto de datos público de millones de dibujos etiquetados, publicado con licencia CC BY 4.0 y muy usado para entrenar y enseñar clasificadores de imágenes.'
							},
							{
								en: 'At the first Day of AI, fifth graders noticed that the model recognized spotted cows far more reliably than plain ones. Most players draw cows with spots, so in the training data “has spots” and “is a cow” almost always went together, and the model learned the correlation instead of the concept.',
								es: 'En el primer Day of AI, unos estudiantes de quinto grado notaron que el modelo reconocía las vacas con manchas con mucha más fiabilidad que las vacas sin manchas. La mayoría de los jugadores dibuja las vacas con manchas, así que en los datos de entrenamiento “tiene manchas” y “es una vaca” casi siempre iban juntos, y el modelo aprendió la correlación en lugar del concepto.'
							},
							{
								en: 'Today: reproduce the failure, measure it properly, fix it, and document the data so the next person doesn’t have to rediscover the problem.',
								es: 'Hoy vas a reproducir el fallo, medirlo como es debido, corregirlo y documentar los datos para que la siguiente persona no tenga que volver a descubrir el problema.'
							}
						],
						teacherNotes: {
							en: 'Allow about 3 minutes. The point of the story is how the problem was found: ten-year-olds looked at which drawings failed, not at the overall score. Tell students that this habit is what the lesson builds.',
							es: 'Dedique unos 3 minutos. Lo importante de la historia es cómo se encontró el problema: niños de diez años miraron qué dibujos fallaban, no la puntuación global. Diga a los estudiantes que esta lección busca desarrollar ese hábito.'
						}
					},
					{
						kind: 'discuss',
						id: 'predict-the-shortcut',
						prompt: {
							en: 'A model trained on cows that are 90% spotted reaches high accuracy on its training data. What has it most likely learned? Predict which test drawings will fail, what they will be confused with, and how you would prove it.',
							es: 'Un modelo entrenado con vacas que en un 90 % tienen manchas alcanza una exactitud alta en sus datos de entrenamiento. ¿Qué es lo más probable que haya aprendido? Predice qué dibujos de prueba fallarán, con qué se confundirán y cómo lo demostrarías.'
						},
						teacherNotes: {
							en: 'Allow about 3 minutes. Ask for predictions with numbers (“plain cows: about __% recognized”). Strong answers name the shortcut (spots), the likely confusion (horses share the body plan) and a method: test each subgroup separately on a balanced, held-out test set. Record predictions to compare with the lab.',
							es: 'Dedique unos 3 minutos. Pida predicciones con números (“vacas sin manchas: alrededor del __ % reconocidas”). Las buenas respuestas nombran el atajo (las manchas), la confusión probable (los caballos comparten la forma del cuerpo) y un método: probar cada subgrupo por separado con un conjunto de prueba equilibrado y reservado. Anote las predicciones para compararlas con el laboratorio.'
						}
					},
					{
						kind: 'slide',
						id: 'evaluation-setup',
						title: { en: 'Evaluating per subgroup', es: 'Evaluar por subgrupos' },
						body: [
							{
								en: 'The lab trains a small neural network in your browser on the mix you choose, then evaluates it on a held-out test set it never saw: 150 spotted cows, 150 plain cows and 150 each of horses, pigs and sheep.',
								es: 'El laboratorio entrena una pequeña red neuronal en tu navegador con la mezcla que elijas y luego la evalúa con un conjunto de prueba reservado que nunca vio: 150 vacas con manchas, 150 vacas sin manchas y 150 caballos, 150 cerdos y 150 ovejas.'
							},
							{
								en: 'The test set is balanced on purpose. If it mirrored the training data, with few plain cows, their failures would barely move the score.',
								es: 'El conjunto de prueba está equilibrado a propósito. Si reflejara los datos de entrenamiento, con pocas vacas sin manchas, sus fallos apenas moverían la puntuación.'
							},
							{
								en: 'Reporting results per subgroup instead of as one overall number is called disaggregated evaluation. It is recommended practice for any AI system that affects people.',
								es: 'Informar de los resultados por subgrupo en lugar de con un único número global se llama evaluación desagregada. Es una práctica recomendada para cualquier sistema de IA que afecte a personas.'
							}
						],
						teacherNotes: {
							en: 'Allow about 3 minutes. Stress the separation: training data is for learning, test data only for measuring. Ask why a test set drawn from the same 90%-spotted mix would make the model look better than it is.',
							es: 'Dedique unos 3 minutos. Insista en la separación: los datos de entrenamiento sirven para aprender y los de prueba solo para medir. Pregunte por qué un conjunto de prueba sacado de la misma mezcla con un 90 % de manchas haría que el modelo pareciera mejor de lo que es.'
						}
					},
					{
						kind: 'slide',
						id: 'precision-and-recall',
						title: { en: 'Precision and recall', es: 'Precisión y exhaustividad' },
						body: [
							{
								en: 'Recall for “cow” in a subgroup: of the cows in that subgroup, what percent did the model call “cow”? Low recall means the model misses them.',
								es: 'Exhaustividad (en inglés, recall) de “vaca” en un subgrupo: de las vacas de ese subgrupo, ¿qué porcentaje llamó “vaca” el modelo? Una exhaustividad baja significa que el modelo no las encuentra.'
							},
							{
								en: 'Precision for “cow”: of the drawings the model called “cow”, what percent really were cows? Low precision means its “cow” answers can’t be trusted. The lab computes it per subgroup from that subgroup’s cows plus the other animals wrongly called “cow”.',
								es: 'Precisión de “vaca”: de los dibujos que el modelo llamó “vaca”, ¿qué porcentaje eran vacas de verdad? Una precisión baja significa que no se puede confiar en sus respuestas de “vaca”. El laboratorio la calcula por subgrupo con las vacas de ese subgrupo más los otros animales llamados “vaca” por error.'
							},
							{
								en: 'Example: the model finds 90 of 150 plain cows (recall 60%) and also calls 10 horses “cow”. Plain-cow precision = 90 ÷ (90 + 10) = 90%. It finds 148 spotted cows: precision = 148 ÷ (148 + 10) ≈ 94%. The same 10 false alarms weigh more when fewer real cows are found.',
								es: 'Ejemplo: el modelo encuentra 90 de 150 vacas sin manchas (exhaustividad del 60 %) y además llama “vaca” a 10 caballos. Precisión para las vacas sin manchas = 90 ÷ (90 + 10) = 90 %. Encuentra 148 vacas con manchas: precisión = 148 ÷ (148 + 10) ≈ 94 %. Las mismas 10 falsas alarmas pesan más cuando se encuentran menos vacas de verdad.'
							}
						],
						teacherNotes: {
							en: 'Allow about 4 minutes. Work the example on the board. Recall answers “who gets missed?”; precision answers “how often is a ‘cow’ answer wrong?”. In a medical screening test, low recall means missed patients and low precision means false alarms; both have costs, and which matters more depends on the use. With the starting mix, expect plain-cow recall to drop sharply and plain-cow precision to drop a little, because the false “cow” guesses are shared by both subgroups.',
							es: 'Dedique unos 4 minutos. Resuelva el ejemplo en la pizarra. La exhaustividad responde a “¿a quién se le escapa?”; la precisión, a “¿con qué frecuencia es errónea una respuesta de ‘vaca’?”. En una prueba médica de detección, una exhaustividad baja significa pacientes que pasan desapercibidos y una precisión baja, falsas alarmas; ambas tienen costos, y cuál importa más depende del uso. Con la mezcla inicial, cabe esperar que la exhaustividad para las vacas sin manchas caiga mucho y su precisión un poco, porque las falsas respuestas de “vaca” se reparten entre ambos subgrupos.'
						}
					},
					{
						kind: 'activity',
						id: 'doodle-lab',
						activity: 'doodle-lab',
						title: {
							en: 'Spotted cows lab: measure, fix, compare',
							es: 'Laboratorio de vacas con manchas: medir, corregir, comparar'
						},
						instructions: {
							en: 'Keep the starting mix (500 cows, 90% spotted, and 500 each of horses, pigs and sheep) and press “Train”. Record accuracy for spotted and plain cows, the gap, overall accuracy, and precision and recall for “cow” in each subgroup. Open the “Really a cow / Guessed horse” cell and describe what the misclassified drawings share. Then change the mix to close the gap (50% spotted is one option, changing the counts is another), retrain, and use “Before and after” to compare both models. Check whether your fix cost any other animal accuracy. Finally, probe the model in “Draw a cow for your model”: watch how its top three guesses shift with each stroke, and whether adding spots flips the answer.',
							es: 'Mantén la mezcla inicial (500 vacas, 90 % con manchas, y 500 caballos, 500 cerdos y 500 ovejas) y pulsa “Entrenar”. Anota la exactitud para las vacas con y sin manchas, la diferencia, la exactitud global, y la precisión y la exhaustividad de “vaca” en cada subgrupo. Abre la celda “En realidad: vaca / Dijo caballo” y describe qué tienen en común los dibujos mal clasificados. Después cambia la mezcla para reducir la diferencia (un 50 % con manchas es una opción; cambiar las cantidades es otra), vuelve a entrenar y usa “Antes y después” para comparar ambos modelos. Comprueba si tu corrección le costó exactitud a algún otro animal. Por último, explora el modelo en “Dibuja una vaca para tu modelo”: observa cómo cambian sus tres mejores suposiciones con cada trazo y si añadir manchas cambia la respuesta.'
						},
						preset: { start: 'biased', metrics: 'precision-recall', epochs: 12 },
						teacherNotes: {
							en: 'Allow about 15 minutes. Typical first run: spotted cows around 99%, plain cows around 50 to 70%, most misses in the horse column, overall accuracy still near 90%. After rebalancing to 50%, the gap usually falls below 10 points with every animal around 97%. Have each pair post their before and after recall and precision for plain cows on the board; the spread across pairs opens a good conversation about randomness in training and why you would repeat runs before trusting a number. The doodles are generated by the app; real Quick, Draw! data shows the same effect.',
							es: 'Dedique unos 15 minutos. Primer entrenamiento típico: vacas con manchas alrededor del 99 %, vacas sin manchas entre el 50 y el 70 % más o menos, la mayoría de los fallos en la columna de caballo y la exactitud global todavía cerca del 90 %. Tras reequilibrar al 50 %, la diferencia suele bajar de 10 puntos y todos los animales rondan el 97 %. Pida a cada pareja que anote en la pizarra su exhaustividad y su precisión para las vacas sin manchas, antes y después; la dispersión entre parejas abre una buena conversación sobre el azar en el entrenamiento y por qué conviene repetir pruebas antes de fiarse de un número. Los dibujos los genera la aplicación; los datos reales de Quick, Draw! muestran el mismo efecto.'
						}
					},
					{
						kind: 'discuss',
						id: 'the-ai-draws',
						prompt: {
							en: 'Sample ten cows from “The AI draws” and count the spotted ones. How does the share compare with the 90 % in its training data, and what would you change to make it draw plain cows as often?',
							es: 'Muestrea diez vacas en «La IA dibuja» y cuenta las que tienen manchas. ¿Cómo se compara esa proporción con el 90 % de sus datos de entrenamiento y qué cambiarías para que dibuje vacas sin manchas con la misma frecuencia?'
						},
						teacherNotes: {
							en: 'About 6 minutes. The cow model is a sketch-rnn decoder (an LSTM with a mixture of 20 Gaussians for each pen move) that this app trained on its own starting cows, 90 % spotted. Sampling is drawing from the learned distribution, so the share of spotted cows it draws estimates what it learned; temperature changes how far from typical the samples go, not the mix in the data. Students connect generation to the datasheet they wrote: the same training mix drives both the classifier’s gap and the generator’s output. Extension: compare Magenta’s models (when the server has them), trained on Quick, Draw! drawings from many countries.',
							es: 'Unos 6 minutos. El modelo de vacas es un decodificador sketch-rnn (una LSTM con una mezcla de 20 gaussianas para cada movimiento del lápiz) que esta aplicación entrenó con sus propias vacas iniciales, 90 % con manchas. Muestrear es sacar de la distribución aprendida, así que la proporción de vacas con manchas que dibuja estima lo que aprendió; la temperatura cambia cuánto se alejan de lo típico las muestras, no la mezcla de los datos. Los estudiantes conectan la generación con la ficha de datos que escribieron: la misma mezcla de entrenamiento causa la brecha del clasificador y lo que dibuja el generador. Ampliación: comparar los modelos de Magenta (cuando el servidor los tiene), entrenados con dibujos de Quick, Draw! de muchos países.'
						}
					},
					{
						kind: 'discuss',
						id: 'analyze-the-metrics',
						prompt: {
							en: 'Use your numbers. Why did plain-cow recall fall so much more than plain-cow precision? Why did overall accuracy hide the problem? Which metrics would you report to someone deciding whether to use this model, and why?',
							es: 'Usa tus números. ¿Por qué la exhaustividad para las vacas sin manchas bajó mucho más que su precisión? ¿Por qué la exactitud global ocultaba el problema? ¿Qué métricas presentarías a alguien que tiene que decidir si usa este modelo, y por qué?'
						},
						teacherNotes: {
							en: 'Allow about 5 minutes. Recall fell because plain cows were missed, mostly as horses. Precision fell less because few other animals were called “cow”, but those false alarms now sit beside fewer correct plain-cow hits. Overall accuracy averages over 750 test drawings, of which only 150 are plain cows. A strong answer reports per-subgroup recall next to overall accuracy. Ask who chose the spotted majority in Quick, Draw!: nobody did on purpose, which is exactly why it went unnoticed until someone looked.',
							es: 'Dedique unos 5 minutos. La exhaustividad bajó porque el modelo no reconoció muchas vacas sin manchas, sobre todo confundiéndolas con caballos. La precisión bajó menos porque pocos otros animales fueron llamados “vaca”, pero esas falsas alarmas ahora se comparan con menos aciertos de vacas sin manchas. La exactitud global promedia 750 dibujos de prueba, de los que solo 150 son vacas sin manchas. Una buena respuesta presenta la exhaustividad por subgrupo junto a la exactitud global. Pregunte quién eligió la mayoría de vacas con manchas en Quick, Draw!: nadie lo hizo a propósito, y justamente por eso pasó desapercibido hasta que alguien se fijó.'
						}
					},
					{
						kind: 'slide',
						id: 'when-the-subgroup-is-people',
						title: { en: 'When the subgroup is people', es: 'Cuando el subgrupo son personas' },
						body: [
							{
								en: 'In “Gender Shades” (2018), Joy Buolamwini and Timnit Gebru evaluated commercial face analysis systems per subgroup. Error rates for darker-skinned women reached about 35%, against under 1% for lighter-skinned men. Widely used face benchmarks were overwhelmingly lighter-skinned.',
								es: 'En “Gender Shades” (2018), Joy Buolamwini y Timnit Gebru evaluaron por subgrupos varios sistemas comerciales de análisis facial. Las tasas de error para las mujeres de piel oscura llegaron a cerca del 35 %, frente a menos del 1 % para los hombres de piel clara. Las colecciones de caras de referencia más usadas eran, en su inmensa mayoría, de piel clara.'
							},
							{
								en: 'A 2020 study of five commercial speech recognition systems found nearly twice the word error rate for Black speakers as for white speakers.',
								es: 'Un estudio de 2020 sobre cinco sistemas comerciales de reconocimiento de voz encontró una tasa de error por palabra casi el doble de alta para hablantes negros que para hablantes blancos.'
							},
							{
								en: 'In both cases an overall figure looked good. Only disaggregated evaluation showed who the errors fell on, and the stakes (unlocking a phone, being identified, being understood) are much higher than with cows.',
								es: 'En ambos casos, una cifra global parecía buena. Solo la evaluación desagregada mostró en quién recaían los errores, y lo que está en juego (desbloquear un teléfono, ser identificado, ser entendido) es mucho más serio que con las vacas.'
							}
						],
						teacherNotes: {
							en: 'Allow about 4 minutes. Present the findings factually. After Gender Shades, the companies audited released updated systems with smaller gaps, which shows that measuring per subgroup drives change. Ask: “In each case, what played the role of the spots, and who were the plain cows?” Be ready for students’ own experiences with these technologies.',
							es: 'Dedique unos 4 minutos. Presente los resultados de forma objetiva. Después de Gender Shades, las empresas evaluadas publicaron versiones de sus sistemas con diferencias menores, lo que muestra que medir por subgrupos impulsa el cambio. Pregunte: “En cada caso, ¿qué hacía el papel de las manchas y quiénes eran las vacas sin manchas?”. Esté preparado para que los estudiantes compartan sus propias experiencias con estas tecnologías.'
						}
					},
					{
						kind: 'slide',
						id: 'datasheets',
						title: { en: 'Datasheets for datasets', es: 'Hojas de datos para conjuntos de datos' },
						body: [
							{
								en: 'In electronics, every component comes with a datasheet describing what it does, how it was tested and where its limits are. In “Datasheets for Datasets”, Timnit Gebru and colleagues proposed the same for data: every dataset should come with a document answering standard questions.',
								es: 'En electrónica, cada componente viene con una hoja de datos que describe qué hace, cómo se probó y cuáles son sus límites. En “Datasheets for Datasets” (Hojas de datos para conjuntos de datos), Timnit Gebru y sus colegas propusieron lo mismo para los datos: todo conjunto de datos debería ir acompañado de un documento que responda a preguntas estándar.'
							},
							{
								en: 'Why was it made, and by whom? What is in it, and how many of each kind? How were the examples collected and labeled? Who or what is missing or rare? What should it be used for, and what not?',
								es: '¿Para qué se hizo y quién lo hizo? ¿Qué contiene y cuántos ejemplos hay de cada tipo? ¿Cómo se recogieron y etiquetaron los ejemplos? ¿Quién o qué falta o aparece poco? ¿Para qué debería usarse y para qué no?'
							},
							{
								en: 'A datasheet for the Quick, Draw! cows that said “most cows are drawn with spots” would have flagged the problem before anyone trained a model.',
								es: 'Una hoja de datos de las vacas de Quick, Draw! que dijera “la mayoría de las vacas están dibujadas con manchas” habría señalado el problema antes de que nadie entrenara un modelo.'
							}
						],
						teacherNotes: {
							en: 'Allow about 3 minutes. Show the questions students will answer in the final reflection. Point out that a datasheet doesn’t fix the data; it makes its limits visible to whoever uses it next.',
							es: 'Dedique unos 3 minutos. Muestre las preguntas que los estudiantes responderán en la reflexión final. Señale que una hoja de datos no arregla los datos: hace visibles sus límites para quien los use después.'
						}
					},
					{
						kind: 'quiz',
						id: 'metrics-check',
						title: { en: 'Metrics check', es: 'Comprobación de métricas' },
						questions: [
							{
								id: 'which-metric',
								prompt: {
									en: 'The model found 90 of the 150 plain cows in the test set. Which number is this?',
									es: 'El modelo encontró 90 de las 150 vacas sin manchas del conjunto de prueba. ¿Qué número es este?'
								},
								choices: [
									{
										id: 'recall',
										text: {
											en: 'Recall for plain cows: 60%',
											es: 'Exhaustividad para las vacas sin manchas: 60 %'
										}
									},
									{
										id: 'precision',
										text: {
											en: 'Precision for plain cows: 60%',
											es: 'Precisión para las vacas sin manchas: 60 %'
										}
									},
									{
										id: 'overall',
										text: {
											en: 'Overall accuracy: 60%',
											es: 'Exactitud global: 60 %'
										}
									}
								],
								answer: 'recall',
								explanation: {
									en: 'Recall asks: of the items that really belong to the group (here, plain cows), what share did the model find? 90 ÷ 150 = 60%. Precision would start from the drawings the model called “cow”.',
									es: 'La exhaustividad pregunta: de los elementos que de verdad pertenecen al grupo (aquí, las vacas sin manchas), ¿qué parte encontró el modelo? 90 ÷ 150 = 60 %. La precisión partiría de los dibujos que el modelo llamó “vaca”.'
								}
							},
							{
								id: 'precision-drop',
								prompt: {
									en: 'With the starting mix, plain-cow precision drops too. Why?',
									es: 'Con la mezcla inicial, la precisión para las vacas sin manchas también baja. ¿Por qué?'
								},
								choices: [
									{
										id: 'shared-false-alarms',
										text: {
											en: 'The same false “cow” guesses are compared with fewer correctly found plain cows',
											es: 'Las mismas falsas respuestas de “vaca” se comparan con menos vacas sin manchas encontradas correctamente'
										}
									},
									{
										id: 'more-horses',
										text: {
											en: 'The test set contains more horses than plain cows',
											es: 'El conjunto de prueba contiene más caballos que vacas sin manchas'
										}
									},
									{
										id: 'spotted-count',
										text: {
											en: 'Spotted cows are counted as false alarms for plain cows',
											es: 'Las vacas con manchas cuentan como falsas alarmas para las vacas sin manchas'
										}
									}
								],
								answer: 'shared-false-alarms',
								explanation: {
									en: 'Precision = correct “cow” guesses ÷ all “cow” guesses. Other animals wrongly called “cow” count against both subgroups, but for plain cows they sit beside fewer correct hits, so precision falls. The test set has 150 of each, and spotted cows never count against plain ones.',
									es: 'Precisión = respuestas “vaca” correctas ÷ todas las respuestas “vaca”. Los otros animales llamados “vaca” por error cuentan en contra de ambos subgrupos, pero en el caso de las vacas sin manchas se comparan con menos aciertos, así que la precisión baja. El conjunto de prueba tiene 150 de cada grupo, y las vacas con manchas nunca cuentan en contra de las vacas sin manchas.'
								}
							},
							{
								id: 'datasheet-use',
								prompt: {
									en: 'Which line belongs under “what it should not be used for” in a datasheet for the starting training mix?',
									es: '¿Qué línea va en el apartado “para qué no debería usarse” de una hoja de datos de la mezcla de entrenamiento inicial?'
								},
								choices: [
									{
										id: 'size',
										text: {
											en: 'It contains 2,000 drawings of four animals',
											es: 'Contiene 2000 dibujos de cuatro animales'
										}
									},
									{
										id: 'not-plain-cows',
										text: {
											en: 'Not for recognizing cows in general: plain cows are only 10% of the cows',
											es: 'No sirve para reconocer vacas en general: las vacas sin manchas son solo el 10 % de las vacas'
										}
									},
									{
										id: 'browser',
										text: {
											en: 'The model was trained in a web browser',
											es: 'El modelo se entrenó en un navegador web'
										}
									}
								],
								answer: 'not-plain-cows',
								explanation: {
									en: 'The size belongs under composition, and where a model was trained says nothing about the data. A warning about uses tells the next person what the data can’t support: here, any task where plain cows matter.',
									es: 'El tamaño va en el apartado de composición, y dónde se entrenó un modelo no dice nada de los datos. Una advertencia sobre los usos le dice a la siguiente persona qué no pueden sostener los datos: aquí, cualquier tarea en la que importen las vacas sin manchas.'
								}
							}
						],
						teacherNotes: {
							en: 'Allow about 3 minutes. Students answer individually. Spend the time on whichever question the class splits on most.',
							es: 'Dedique unos 3 minutos. Los estudiantes responden individualmente. Dedique el tiempo a la pregunta en la que la clase esté más dividida.'
						}
					},
					{
						kind: 'reflect',
						id: 'write-a-datasheet',
						prompt: {
							en: 'Write a short datasheet for the training mix you started with, and note what changed in yours. Answer each question in one or two sentences: What is in it (animals, counts, subgroups)? Who made it, and how were the drawings labeled? What is missing or rare? What should it not be used for?',
							es: 'Escribe una hoja de datos breve para la mezcla de entrenamiento con la que empezaste e indica qué cambió en la tuya. Responde a cada pregunta con una o dos oraciones: ¿Qué contiene (animales, cantidades, subgrupos)? ¿Quién lo hizo y cómo se etiquetaron los dibujos? ¿Qué falta o aparece poco? ¿Para qué no debería usarse?'
						},
						teacherNotes: {
							en: 'Allow about 7 minutes. Strong datasheets give numbers (2,000 drawings: 450 spotted and 50 plain cows, 500 each of horses, pigs and sheep), name the maker honestly (generated by the app to imitate hand-drawn doodles; in the real case, Quick, Draw! players, with labels taken from the word they were asked to draw), list missing kinds of cows (plain, brown, seen from the front, drawn by young children) and rule out uses (recognizing real cows, or any task where plain cows matter). Collect them: they make a good assessment.',
							es: 'Dedique unos 7 minutos. Las buenas hojas de datos dan números (2000 dibujos: 450 vacas con manchas y 50 sin manchas, y 500 caballos, 500 cerdos y 500 ovejas), nombran con honestidad a quien los hizo (los generó la aplicación imitando dibujos a mano; en el caso real, los jugadores de Quick, Draw!, con etiquetas tomadas de la palabra que se les pidió dibujar), enumeran los tipos de vacas que faltan (sin manchas, marrones, vistas de frente, dibujadas por niños pequeños) y descartan usos (reconocer vacas reales o cualquier tarea en la que importen las vacas sin manchas). Recójalas: sirven como una buena evaluación.'
						}
					}
				],
				guide: {
					preparation: [
						{
							en: 'Run the lab once with the starting mix and once at 50% spotted before class, and write down recall and precision for plain cows so you can check students’ readings. Training runs in the browser; after the page loads, it keeps working offline.',
							es: 'Antes de la clase, use el laboratorio una vez con la mezcla inicial y otra con un 50 % de vacas con manchas, y anote la exhaustividad y la precisión para las vacas sin manchas para poder comprobar las lecturas de los estudiantes. El entrenamiento se ejecuta en el navegador; una vez cargada la página, sigue funcionando sin conexión.'
						},
						{
							en: 'If students use older tablets or low-power laptops, reduce the passes over the data (epochs) in the activity set-up, for example to 6. Training is faster and the subgroup gap is still clear.',
							es: 'Si los estudiantes usan tabletas antiguas o portátiles poco potentes, reduzca las pasadas sobre los datos (épocas) en la configuración de la actividad, por ejemplo a 6. El entrenamiento es más rápido y la diferencia entre subgrupos sigue siendo clara.'
						},
						{
							en: 'Prepare the datasheet template: the four reflection questions, plus optional sections from “Datasheets for Datasets” (motivation, collection process, maintenance) for students who want more.',
							es: 'Prepare la plantilla de la hoja de datos: las cuatro preguntas de la reflexión, más apartados opcionales de “Datasheets for Datasets” (motivación, proceso de recogida, mantenimiento) para quienes quieran profundizar.'
						},
						{
							en: 'Set up a class table on the board: pair, plain-cow recall and precision, spotted-cow recall and precision, and gap, before and after.',
							es: 'Prepare una tabla de la clase en la pizarra: pareja, exhaustividad y precisión para vacas sin manchas, exhaustividad y precisión para vacas con manchas, y diferencia, antes y después.'
						}
					],
					timing: [
						{
							minutes: 3,
							activity: { en: 'Hook: “spots mean cow”', es: 'Inicio: “manchas = vaca”' }
						},
						{
							minutes: 3,
							activity: {
								en: 'Predict the shortcut and how to prove it',
								es: 'Predecir el atajo y cómo demostrarlo'
							}
						},
						{
							minutes: 7,
							activity: {
								en: 'Evaluating per subgroup; precision and recall',
								es: 'Evaluar por subgrupos; precisión y exhaustividad'
							}
						},
						{
							minutes: 15,
							activity: {
								en: 'Spotted cows lab: measure, fix, compare',
								es: 'Laboratorio de vacas con manchas: medir, corregir, comparar'
							}
						},
						{
							minutes: 5,
							activity: { en: 'Analyze the metrics', es: 'Analizar las métricas' }
						},
						{
							minutes: 4,
							activity: {
								en: 'When the subgroup is people',
								es: 'Cuando el subgrupo son personas'
							}
						},
						{
							minutes: 3,
							activity: {
								en: 'Datasheets for datasets',
								es: 'Hojas de datos para conjuntos de datos'
							}
						},
						{
							minutes: 3,
							activity: { en: 'Metrics check quiz', es: 'Prueba de comprobación de métricas' }
						},
						{
							minutes: 7,
							activity: { en: 'Write a datasheet', es: 'Redactar una hoja de datos' }
						}
					],
					misconceptions: [
						{
							misconception: {
								en: 'The model “decided” to favor spotted cows.',
								es: 'El modelo “decidió” favorecer a las vacas con manchas.'
							},
							response: {
								en: 'Training minimizes error on the training data, and spots were the cheapest feature that did that. The outcome is unfair, but the cause is the data and the human choices around it, not an intention.',
								es: 'El entrenamiento minimiza el error en los datos de entrenamiento, y las manchas eran el rasgo más barato para lograrlo. El resultado es injusto, pero la causa son los datos y las decisiones humanas que los rodean, no una intención.'
							}
						},
						{
							misconception: {
								en: 'More data always fixes it.',
								es: 'Más datos siempre lo arreglan.'
							},
							response: {
								en: 'Scaling up the same skewed distribution keeps the skew. Let students compare 800 cows at 90% spotted with 500 cows at 50%: how well the subgroup is represented matters more than total size.',
								es: 'Ampliar la misma distribución sesgada mantiene el sesgo. Deje que los estudiantes comparen 800 vacas con un 90 % de manchas con 500 vacas al 50 %: importa más lo bien representado que esté el subgrupo que el tamaño total.'
							}
						},
						{
							misconception: {
								en: 'High overall accuracy means the model is fine.',
								es: 'Una exactitud global alta significa que el modelo está bien.'
							},
							response: {
								en: 'With 150 plain cows among 750 test drawings, a 40-point drop for plain cows moves overall accuracy by only 8 points. Always report per subgroup, on a test set where each subgroup is large enough to measure.',
								es: 'Con 150 vacas sin manchas entre 750 dibujos de prueba, una caída de 40 puntos para las vacas sin manchas solo mueve la exactitud global 8 puntos. Informe siempre por subgrupo, con un conjunto de prueba en el que cada subgrupo sea lo bastante grande para medirlo.'
							}
						},
						{
							misconception: {
								en: 'High precision means the model finds all the cows.',
								es: 'Una precisión alta significa que el modelo encuentra todas las vacas.'
							},
							response: {
								en: 'Precision only says the “cow” answers are usually right; the model can still miss many cows, which is low recall. With the starting mix, plain-cow precision stays fairly high while recall collapses.',
								es: 'La precisión solo dice que las respuestas de “vaca” suelen ser correctas; el modelo puede seguir sin encontrar muchas vacas, es decir, tener una exhaustividad baja. Con la mezcla inicial, la precisión para las vacas sin manchas se mantiene bastante alta mientras la exhaustividad se desploma.'
							}
						},
						{
							misconception: {
								en: 'A balanced dataset removes all bias.',
								es: 'Un conjunto de datos equilibrado elimina todo el sesgo.'
							},
							response: {
								en: 'Balancing fixes the subgroup you measured. The datasheet’s “what is missing” question exists because there are always subgroups nobody thought to count.',
								es: 'Equilibrar corrige el subgrupo que mediste. La pregunta “qué falta” de la hoja de datos existe porque siempre hay subgrupos que a nadie se le ocurrió contar.'
							}
						}
					],
					differentiation: {
						support: [
							{
								en: 'Before the lab, work through a small confusion matrix together and hand out a formula card: recall = cows found ÷ all real cows; precision = correct “cow” answers ÷ all “cow” answers.',
								es: 'Antes del laboratorio, resuelvan juntos una matriz de confusión pequeña y reparta una tarjeta con fórmulas: exhaustividad = vacas encontradas ÷ todas las vacas reales; precisión = respuestas “vaca” correctas ÷ todas las respuestas “vaca”.'
							},
							{
								en: 'Provide a recording sheet with a blank cell for each metric, before and after.',
								es: 'Entregue una hoja de registro con una casilla en blanco para cada métrica, antes y después.'
							},
							{
								en: 'Offer datasheet sentence starters: “This dataset contains…”, “It was created by…”, “It is missing…”, “Do not use it to…”.',
								es: 'Ofrezca frases para empezar la hoja de datos: “Este conjunto de datos contiene…”, “Lo creó…”, “Le falta…”, “No lo uses para…”.'
							}
						],
						extension: [
							{
								en: 'Train three times on the same mix and report the mean and range of plain-cow recall. How much should anyone trust a single run?',
								es: 'Entrenen tres veces con la misma mezcla e informen de la media y el rango de la exhaustividad para las vacas sin manchas. ¿Cuánto debería fiarse alguien de una sola prueba?'
							},
							{
								en: 'Find the spotted share at which plain-cow recall comes within 5 points of spotted-cow recall, and plot recall against spotted share.',
								es: 'Encuentren la proporción con manchas a partir de la cual la exhaustividad para las vacas sin manchas queda a menos de 5 puntos de la de las vacas con manchas, y representen la exhaustividad frente a esa proporción.'
							},
							{
								en: 'Write a one-page “model card” (Mitchell et al., 2019) for the retrained model that reports results per subgroup, and compare it with the datasheet.',
								es: 'Redacten una “ficha de modelo” (model card, Mitchell y colaboradores, 2019) de una página para el modelo reentrenado que informe de los resultados por subgrupo, y compárenla con la hoja de datos.'
							}
						]
					},
					unplugged: [
						{
							en: 'Prepare a training deck for each group: 20 labeled cow cards (18 spotted, 2 plain) and 20 labeled cards of horses, pigs and sheep. Prepare a balanced, unlabeled test deck: 8 spotted cows, 8 plain cows and 8 horses.',
							es: 'Prepare una baraja de entrenamiento para cada grupo: 20 tarjetas etiquetadas de vacas (18 con manchas y 2 sin manchas) y 20 tarjetas etiquetadas de caballos, cerdos y ovejas. Prepare una baraja de prueba equilibrada y sin etiquetas: 8 vacas con manchas, 8 vacas sin manchas y 8 caballos.'
						},
						{
							en: 'Groups write a decision rule from the training deck, apply it to the test deck exactly as written and fill in a confusion matrix (rows: really a spotted cow, a plain cow, a horse; columns: guessed cow, guessed horse, guessed something else).',
							es: 'Los grupos escriben una regla de decisión a partir de la baraja de entrenamiento, la aplican a la baraja de prueba al pie de la letra y completan una matriz de confusión (filas: en realidad vaca con manchas, vaca sin manchas, caballo; columnas: dijo vaca, dijo caballo, dijo otra cosa).'
						},
						{
							en: 'Each group computes recall for each cow subgroup and precision for “cow” per subgroup, counting horses called “cow” against both, and posts the numbers on the board.',
							es: 'Cada grupo calcula la exhaustividad para cada subgrupo de vacas y la precisión de “vaca” por subgrupo, contando los caballos llamados “vaca” en contra de ambos, y anota los números en la pizarra.'
						},
						{
							en: 'Groups rebalance their deck with extra plain-cow cards, revise the rule, retest and compare before and after.',
							es: 'Los grupos reequilibran su baraja con tarjetas extra de vacas sin manchas, revisan la regla, vuelven a probar y comparan el antes y el después.'
						},
						{
							en: 'Present the real-world slides from your notes, then students write the datasheet for the original training deck and take the quiz on paper.',
							es: 'Presente las diapositivas sobre el mundo real desde sus notas; después, los estudiantes redactan la hoja de datos de la baraja de entrenamiento original y hacen la prueba en papel.'
						}
					]
				}
			}
		]
	}
};
