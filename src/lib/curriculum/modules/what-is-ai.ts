import type { Module } from '../types';

/**
 * "What is AI?": the first module. Grades 3-5 and 6-8 each get two lessons written for their own
 * readers: what AI is (and isn't), then how machines learn from examples and why that matters.
 */
export const whatIsAi: Module = {
	slug: 'what-is-ai',
	title: { en: 'What is AI?', es: '¿Qué es la IA?' },
	summary: {
		en: 'Students discover what artificial intelligence is, sort everyday things into “uses AI” and “doesn’t use AI”, and learn how machines learn from examples—and why they sometimes get things wrong.',
		es: 'Los estudiantes descubren qué es la inteligencia artificial, clasifican objetos cotidianos en “usa IA” y “no usa IA”, y aprenden cómo las máquinas aprenden a partir de ejemplos y por qué a veces se equivocan.'
	},
	bigIdeas: ['perception', 'representation-reasoning', 'learning', 'societal-impact'],
	objectives: [
		{
			en: 'Explain what AI is in their own words and give everyday examples.',
			es: 'Explicar con sus propias palabras qué es la IA y dar ejemplos de la vida diaria.'
		},
		{
			en: 'Tell apart machines that follow fixed rules from systems that learn from examples.',
			es: 'Distinguir las máquinas que siguen reglas fijas de los sistemas que aprenden a partir de ejemplos.'
		},
		{
			en: 'Describe how AI finds patterns in data and uses them to make predictions that can be wrong.',
			es: 'Describir cómo la IA encuentra patrones en los datos y los usa para hacer predicciones que pueden ser erróneas.'
		},
		{
			en: 'Recognize that people decide how AI is built and used, and ask who is affected when it makes mistakes.',
			es: 'Reconocer que las personas deciden cómo se construye y se usa la IA, y preguntarse a quién afecta cuando se equivoca.'
		}
	],
	lessons: {
		'3-5': [
			{
				slug: 'spot-the-ai',
				title: { en: 'Spot the AI', es: 'Encuentra la IA' },
				summary: {
					en: 'Students learn that AI is a computer program that can do things that usually need a person’s thinking, like recognizing faces, understanding words and learning. Then they sort everyday things into “uses AI” and “doesn’t use AI”.',
					es: 'Los estudiantes aprenden que la IA es un programa de computadora que puede hacer cosas que normalmente necesitan el pensamiento de una persona, como reconocer caras, entender palabras y aprender. Después clasifican objetos cotidianos en “usa IA” y “no usa IA”.'
				},
				minutes: 40,
				objectives: [
					{
						en: 'Say in their own words what AI is.',
						es: 'Decir con sus propias palabras qué es la IA.'
					},
					{
						en: 'Sort everyday things into ones that use AI and ones that don’t, and give a reason.',
						es: 'Clasificar objetos cotidianos en los que usan IA y los que no, y dar una razón.'
					},
					{
						en: 'Tell the difference between a machine that does the same thing every time and one that learned from examples.',
						es: 'Notar la diferencia entre una máquina que hace siempre lo mismo y una que aprendió de ejemplos.'
					}
				],
				vocabulary: [
					{
						term: { en: 'AI (artificial intelligence)', es: 'IA (inteligencia artificial)' },
						definition: {
							en: 'A computer program that can do things that usually need a person’s thinking, like recognizing pictures, understanding words or learning.',
							es: 'Un programa de computadora que puede hacer cosas que normalmente necesitan el pensamiento de una persona, como reconocer imágenes, entender palabras o aprender.'
						}
					},
					{
						term: { en: 'machine', es: 'máquina' },
						definition: {
							en: 'A tool with parts that does a job for us. Some machines have a computer inside.',
							es: 'Una herramienta con partes que hace un trabajo por nosotros. Algunas máquinas tienen una computadora adentro.'
						}
					},
					{
						term: { en: 'rule', es: 'regla' },
						definition: {
							en: 'An exact instruction a machine follows, like “When the time is up, beep.”',
							es: 'Una instrucción exacta que sigue una máquina, como “Cuando se acabe el tiempo, suena”.'
						}
					},
					{
						term: { en: 'recognize', es: 'reconocer' },
						definition: {
							en: 'To know what something is when you see it or hear it, like knowing your friend’s voice.',
							es: 'Saber qué es algo cuando lo ves o lo oyes, como cuando sabes que es la voz de tu amigo.'
						}
					},
					{
						term: { en: 'learn from examples', es: 'aprender de ejemplos' },
						definition: {
							en: 'To get better at a job by looking at lots and lots of examples.',
							es: 'Mejorar en una tarea al mirar muchísimos ejemplos.'
						}
					}
				],
				materials: [
					{
						en: 'A tablet or computer for each student or pair, or one screen the whole class can see',
						es: 'Una tableta o computadora por estudiante o por pareja, o una pantalla que toda la clase pueda ver'
					},
					{
						en: 'Paper option: the 8 “AI or not?” cards (a name and a simple drawing on each), one set per group',
						es: 'Opción en papel: las 8 tarjetas de “¿IA o no?” (con un nombre y un dibujo sencillo), un juego por grupo'
					},
					{
						en: 'Two sheets of paper per group, labeled “Uses AI” and “Doesn’t use AI”',
						es: 'Dos hojas por grupo, con los títulos “Usa IA” y “No usa IA”'
					},
					{
						en: 'Pencils and scrap paper for the exit ticket',
						es: 'Lápices y hojas de borrador para la tarjeta de salida'
					},
					{
						en: 'Board or chart paper to list students’ ideas',
						es: 'Pizarra o papel grande para anotar las ideas de los estudiantes'
					}
				],
				steps: [
					{
						kind: 'slide',
						id: 'hook',
						title: { en: 'Can a machine be smart?', es: '¿Puede una máquina ser inteligente?' },
						body: [
							{
								en: 'Some machines can do surprising things. A phone can find your face in a photo. A speaker can answer a question you ask out loud.',
								es: 'Algunas máquinas pueden hacer cosas sorprendentes. Un teléfono puede encontrar tu cara en una foto. Un altavoz puede responder una pregunta que haces en voz alta.'
							},
							{
								en: 'Other machines do one simple job, like a microwave that beeps when the time is up.',
								es: 'Otras máquinas hacen un solo trabajo sencillo, como un microondas que suena cuando se acaba el tiempo.'
							},
							{
								en: 'Today you are a detective. Your job: find out which machines use AI.',
								es: 'Hoy eres detective. Tu misión: descubrir qué máquinas usan IA.'
							}
						],
						teacherNotes: {
							en: 'About 3 minutes. Read the slide aloud. Ask for a show of hands: “Who has ever talked to a machine? Who has seen a phone find faces in photos?” Don’t define AI yet; just build curiosity.',
							es: 'Unos 3 minutos. Lea la diapositiva en voz alta. Pida que levanten la mano: “¿Quién le ha hablado alguna vez a una máquina? ¿Quién ha visto un teléfono encontrar caras en las fotos?”. Todavía no defina la IA; solo despierte la curiosidad.'
						}
					},
					{
						kind: 'discuss',
						id: 'smart-machines',
						prompt: {
							en: 'Think of a machine at home or at school that seems smart. What does it do? What makes it seem smart?',
							es: 'Piensa en una máquina de tu casa o de la escuela que parezca inteligente. ¿Qué hace? ¿Por qué parece inteligente?'
						},
						teacherNotes: {
							en: 'About 4 minutes. Partners talk for 1 minute, then collect 4 or 5 ideas on the board. Keep the list: you will come back to it later. Accept every answer for now; students will decide later which ones really use AI. If students are stuck, offer ideas: a robot vacuum, a toy that talks, a phone that unlocks when it sees your face.',
							es: 'Unos 4 minutos. Las parejas conversan 1 minuto; luego anote 4 o 5 ideas en la pizarra. Conserve la lista: volverá a ella más adelante. Por ahora acepte todas las respuestas; luego los estudiantes decidirán cuáles usan IA de verdad. Si no se les ocurre nada, sugiera ideas: una aspiradora robot, un juguete que habla, un teléfono que se desbloquea al ver tu cara.'
						}
					},
					{
						kind: 'slide',
						id: 'what-is-ai',
						title: { en: 'What is AI?', es: '¿Qué es la IA?' },
						body: [
							{
								en: 'AI stands for artificial intelligence. “Artificial” means made by people. “Intelligence” means being able to think, learn and solve problems.',
								es: 'IA quiere decir inteligencia artificial. “Artificial” significa hecho por las personas. “Inteligencia” significa poder pensar, aprender y resolver problemas.'
							},
							{
								en: 'AI is a computer program that can do things that usually need a person’s thinking. It can recognize what is in a picture, understand spoken words, make choices and learn from examples.',
								es: 'La IA es un programa de computadora que puede hacer cosas que normalmente necesitan el pensamiento de una persona. Puede reconocer lo que hay en una imagen, entender palabras habladas, tomar decisiones y aprender de ejemplos.'
							},
							{
								en: 'AI is not magic, and it is not alive. People build it.',
								es: 'La IA no es magia y no está viva. La construyen las personas.'
							}
						],
						teacherNotes: {
							en: 'About 4 minutes. Write “Artificial = made by people” and “Intelligence = thinking and learning” on the board. Ask: “What are some jobs your brain does?” (seeing, hearing, talking, deciding, learning). Explain that AI does a few of these jobs. Stress that AI is not alive and has no feelings, even when it talks like a person.',
							es: 'Unos 4 minutos. Escriba en la pizarra “Artificial = hecho por personas” e “Inteligencia = pensar y aprender”. Pregunte: “¿Qué trabajos hace tu cerebro?” (ver, oír, hablar, decidir, aprender). Explique que la IA hace algunos de esos trabajos. Insista en que la IA no está viva ni tiene sentimientos, aunque hable como una persona.'
						}
					},
					{
						kind: 'slide',
						id: 'rules-or-learning',
						title: { en: 'Following rules or learning?', es: '¿Sigue reglas o aprende?' },
						body: [
							{
								en: 'Many machines just follow rules. A calculator always does the same steps. An alarm clock rings at the time you set. They never learn anything new.',
								es: 'Muchas máquinas solo siguen reglas. Una calculadora siempre hace los mismos pasos. Un despertador suena a la hora que pusiste. Nunca aprenden nada nuevo.'
							},
							{
								en: 'AI can learn from lots of examples. A music app looks at the songs that many people listened to. Then it guesses a new song you might like.',
								es: 'La IA puede aprender de muchísimos ejemplos. Una aplicación de música mira las canciones que escuchó mucha gente. Luego adivina una canción nueva que podría gustarte.'
							},
							{
								en: 'Detective clue: Does it recognize things, make guesses or learn from examples? It might use AI. Does it do exactly the same thing every time? It probably just follows a rule.',
								es: 'Pista de detective: ¿Reconoce cosas, adivina o aprende de ejemplos? Puede que use IA. ¿Hace exactamente lo mismo cada vez? Seguramente solo sigue una regla.'
							}
						],
						teacherNotes: {
							en: 'About 4 minutes. Act it out: be an alarm clock that rings at 7:00 every single day, even on Saturday. Then be a music app: “You listened to three dance songs—here’s another one!” Ask: “Which one learned something?” Write the detective clue on the board so students can use it in the sorting game.',
							es: 'Unos 4 minutos. Actúelo: sea un despertador que suena a las 7:00 todos los días, incluso el sábado. Luego sea una aplicación de música: “Escuchaste tres canciones para bailar… ¡aquí tienes otra!”. Pregunte: “¿Cuál de los dos aprendió algo?”. Escriba la pista de detective en la pizarra para que la usen en el juego de clasificar.'
						}
					},
					{
						kind: 'activity',
						id: 'sort-the-machines',
						activity: 'ai-or-not',
						title: { en: 'AI or not?', es: '¿IA o no?' },
						instructions: {
							en: 'Look at each thing. Does it use AI, or does it just follow rules? Put it in “Uses AI” or “Doesn’t use AI”. After each one, read why.',
							es: 'Mira cada objeto. ¿Usa IA o solo sigue reglas? Ponlo en “Usa IA” o en “No usa IA”. Después de cada uno, lee por qué.'
						},
						preset: {
							items: [
								'calculator',
								'voice-assistant',
								'microwave-timer',
								'photo-face-finder',
								'alarm-clock',
								'music-recommender',
								'automatic-door',
								'translation-app'
							],
							reveal: 'each'
						},
						teacherNotes: {
							en: 'About 10 minutes. Pairs take turns: one taps, the other reads the explanation aloud, then they switch. Before placing a thing, partners must agree and say a reason (“It learns…”, “It always…”). Walk around and listen for the detective clue. The automatic door is often sorted wrong: it senses you, but it only follows one rule (“Someone is close—open”).',
							es: 'Unos 10 minutos. Las parejas se turnan: uno toca la pantalla y el otro lee la explicación en voz alta; luego cambian. Antes de colocar cada objeto, deben ponerse de acuerdo y decir una razón (“Aprende…”, “Siempre…”). Recorra el aula y escuche si usan la pista de detective. La puerta automática suele clasificarse mal: detecta a las personas, pero solo sigue una regla (“Hay alguien cerca: abre”).'
						}
					},
					{
						kind: 'discuss',
						id: 'tricky-ones',
						prompt: {
							en: 'Which thing was the hardest to sort? What made it tricky? Did any answer surprise you?',
							es: '¿Qué objeto fue el más difícil de clasificar? ¿Por qué fue difícil? ¿Te sorprendió alguna respuesta?'
						},
						teacherNotes: {
							en: 'About 4 minutes. Take 3 or 4 answers. The automatic door usually comes up: having a sensor doesn’t make something AI. AI recognizes or learns something, like telling a face from a tree. Go back to the list on the board and ask: “Which of our ideas use AI? Which just follow rules?” Mark each one together.',
							es: 'Unos 4 minutos. Escuche 3 o 4 respuestas. Casi siempre sale la puerta automática: tener un sensor no convierte algo en IA. La IA reconoce o aprende algo, como distinguir una cara de un árbol. Vuelva a la lista de la pizarra y pregunte: “¿Cuáles de nuestras ideas usan IA? ¿Cuáles solo siguen reglas?”. Márquenlas juntos.'
						}
					},
					{
						kind: 'slide',
						id: 'ai-jobs',
						title: { en: 'AI jobs you found', es: 'Trabajos de la IA que encontraste' },
						body: [
							{
								en: 'Seeing: a photo app can find faces in pictures.',
								es: 'Ver: una aplicación de fotos puede encontrar caras en las imágenes.'
							},
							{
								en: 'Hearing: a voice assistant can turn your spoken words into a question and answer it.',
								es: 'Oír: un asistente de voz puede convertir lo que dices en una pregunta y responderla.'
							},
							{
								en: 'Understanding language: a translation app can change words from one language into another.',
								es: 'Entender idiomas: una aplicación de traducción puede pasar palabras de un idioma a otro.'
							},
							{
								en: 'Learning: a music app learns from what people listen to and suggests new songs.',
								es: 'Aprender: una aplicación de música aprende de lo que escucha la gente y sugiere canciones nuevas.'
							}
						],
						teacherNotes: {
							en: 'About 2 minutes. Point to each line and ask students to name the thing from the game. Connect each job to a human sense or skill: eyes, ears, talking, remembering what your friends like.',
							es: 'Unos 2 minutos. Señale cada línea y pida que nombren el objeto del juego. Relacione cada trabajo con un sentido o una habilidad humana: los ojos, los oídos, hablar, recordar lo que les gusta a tus amigos.'
						}
					},
					{
						kind: 'quiz',
						id: 'quick-check',
						title: { en: 'Quick check', es: 'Comprobación rápida' },
						questions: [
							{
								id: 'which-uses-ai',
								prompt: { en: 'Which of these uses AI?', es: '¿Cuál de estos usa IA?' },
								choices: [
									{
										id: 'calculator',
										text: { en: 'A calculator adding 2 + 2', es: 'Una calculadora que suma 2 + 2' }
									},
									{
										id: 'face-finder',
										text: {
											en: 'A photo app that finds faces in pictures',
											es: 'Una aplicación de fotos que encuentra caras en las imágenes'
										}
									},
									{
										id: 'alarm',
										text: {
											en: 'An alarm clock that rings at 7:00',
											es: 'Un despertador que suena a las 7:00'
										}
									}
								],
								answer: 'face-finder',
								explanation: {
									en: 'The photo app recognizes faces, a job that usually needs a person’s eyes and brain. The calculator and the alarm clock follow the same exact rules every time.',
									es: 'La aplicación de fotos reconoce caras, un trabajo que normalmente necesita los ojos y el cerebro de una persona. La calculadora y el despertador siguen exactamente las mismas reglas cada vez.'
								}
							},
							{
								id: 'automatic-door',
								prompt: {
									en: 'An automatic door opens when someone walks up to it. Does it use AI?',
									es: 'Una puerta automática se abre cuando alguien se acerca. ¿Usa IA?'
								},
								choices: [
									{
										id: 'yes-knows',
										text: {
											en: 'Yes, because it can tell that someone is there',
											es: 'Sí, porque se da cuenta de que hay alguien'
										}
									},
									{
										id: 'yes-moves',
										text: {
											en: 'Yes, because it moves all by itself',
											es: 'Sí, porque se mueve sola'
										}
									},
									{
										id: 'no-rule',
										text: {
											en: 'No, it follows one rule: when something is close, open',
											es: 'No, sigue una sola regla: cuando algo está cerca, se abre'
										}
									}
								],
								answer: 'no-rule',
								explanation: {
									en: 'The door has a sensor, but it doesn’t recognize who you are or learn anything. It follows one simple rule. Moving by itself or sensing something is not enough to be AI.',
									es: 'La puerta tiene un sensor, pero no reconoce quién eres ni aprende nada. Sigue una regla sencilla. Moverse sola o detectar algo no basta para ser IA.'
								}
							},
							{
								id: 'music-app',
								prompt: {
									en: 'How does a music app learn which songs to suggest?',
									es: '¿Cómo aprende una aplicación de música qué canciones sugerir?'
								},
								choices: [
									{
										id: 'examples',
										text: {
											en: 'It looks at lots of examples of what people listened to',
											es: 'Mira muchísimos ejemplos de lo que escuchó la gente'
										}
									},
									{
										id: 'alive',
										text: {
											en: 'It knows your favorite song because it is alive',
											es: 'Sabe cuál es tu canción favorita porque está viva'
										}
									},
									{
										id: 'random',
										text: {
											en: 'It picks songs completely at random',
											es: 'Elige canciones totalmente al azar'
										}
									}
								],
								answer: 'examples',
								explanation: {
									en: 'AI learns from many examples. The app finds songs that people with a similar taste enjoyed. It is not alive, and its guesses are not random, but they can still be wrong!',
									es: 'La IA aprende de muchos ejemplos. La aplicación busca canciones que les gustaron a personas con gustos parecidos. No está viva y no elige al azar, ¡pero igual puede equivocarse!'
								}
							}
						],
						teacherNotes: {
							en: 'About 4 minutes. Students answer on their own. If you are presenting to the whole class, read each question and have students hold up 1, 2 or 3 fingers for the first, second or third answer before you reveal it.',
							es: 'Unos 4 minutos. Cada estudiante responde por su cuenta. Si presenta a toda la clase, lea cada pregunta y pida que muestren 1, 2 o 3 dedos para la primera, segunda o tercera respuesta antes de revelarla.'
						}
					},
					{
						kind: 'slide',
						id: 'people-in-charge',
						title: { en: 'People are in charge', es: 'Las personas están a cargo' },
						body: [
							{
								en: 'AI can be very helpful, but it is not always right. A voice assistant can mishear you. A face finder can miss a face.',
								es: 'La IA puede ayudar mucho, pero no siempre acierta. Un asistente de voz puede entenderte mal. Un buscador de caras puede pasar por alto una cara.'
							},
							{
								en: 'People build AI, choose what it learns from and decide how to use it. You can always ask: “How does this machine know that?”',
								es: 'Las personas construyen la IA, eligen de qué aprende y deciden cómo usarla. Tú siempre puedes preguntar: “¿Cómo sabe eso esta máquina?”'
							}
						],
						teacherNotes: {
							en: 'About 2 minutes. Keep this short; the next lesson explores how AI learns and why it makes mistakes. Ask: “Has a machine ever misunderstood you?” Take one or two stories.',
							es: 'Unos 2 minutos. Sea breve: la próxima lección explica cómo aprende la IA y por qué se equivoca. Pregunte: “¿Alguna vez una máquina te entendió mal?”. Escuche una o dos historias.'
						}
					},
					{
						kind: 'reflect',
						id: 'exit-ticket',
						prompt: {
							en: 'Name one thing you use that has AI and one thing that doesn’t. How can you tell the difference?',
							es: 'Nombra algo que uses que tenga IA y algo que no. ¿Cómo notas la diferencia?'
						},
						teacherNotes: {
							en: 'About 3 minutes. Students can type, write on paper or tell a partner. Look for a reason, not just names: “It learns” or “It always does the same thing.”',
							es: 'Unos 3 minutos. Pueden escribir en la tableta, en papel o contárselo a un compañero. Busque una razón, no solo nombres: “Aprende” o “Siempre hace lo mismo”.'
						}
					}
				],
				guide: {
					preparation: [
						{
							en: 'Try the “AI or not?” activity yourself once (about 5 minutes) so you know the 8 things and their explanations.',
							es: 'Pruebe usted la actividad “¿IA o no?” una vez (unos 5 minutos) para conocer los 8 objetos y sus explicaciones.'
						},
						{
							en: 'Decide how students will work: in pairs on tablets, or as a whole class on one screen.',
							es: 'Decida cómo trabajarán: en parejas con tabletas o toda la clase con una sola pantalla.'
						},
						{
							en: 'For the paper version, write or print the 8 cards: calculator, voice assistant, microwave timer, photo face finder, alarm clock, music recommender, automatic door, translation app.',
							es: 'Para la versión en papel, escriba o imprima las 8 tarjetas: calculadora, asistente de voz, temporizador del microondas, buscador de caras en fotos, despertador, recomendador de música, puerta automática, aplicación de traducción.'
						},
						{
							en: 'Write “Artificial = made by people” and “Intelligence = thinking and learning” on the board.',
							es: 'Escriba en la pizarra “Artificial = hecho por personas” e “Inteligencia = pensar y aprender”.'
						}
					],
					timing: [
						{
							minutes: 3,
							activity: {
								en: 'Hook: can a machine be smart?',
								es: 'Inicio: ¿puede una máquina ser inteligente?'
							}
						},
						{
							minutes: 4,
							activity: {
								en: 'Partner talk: smart machines we know',
								es: 'Conversación en parejas: máquinas inteligentes que conocemos'
							}
						},
						{
							minutes: 8,
							activity: {
								en: 'What AI is; following rules or learning',
								es: 'Qué es la IA; seguir reglas o aprender'
							}
						},
						{
							minutes: 10,
							activity: { en: '“AI or not?” sorting game', es: 'Juego de clasificar “¿IA o no?”' }
						},
						{
							minutes: 6,
							activity: {
								en: 'Talk about the tricky ones; AI jobs we found',
								es: 'Conversación sobre los casos difíciles; trabajos de la IA que encontramos'
							}
						},
						{
							minutes: 4,
							activity: { en: 'Quick check quiz', es: 'Prueba de comprobación rápida' }
						},
						{
							minutes: 5,
							activity: {
								en: 'People are in charge; exit ticket',
								es: 'Las personas están a cargo; tarjeta de salida'
							}
						}
					],
					misconceptions: [
						{
							misconception: {
								en: 'Anything electronic or automatic uses AI.',
								es: 'Todo lo electrónico o automático usa IA.'
							},
							response: {
								en: 'Many machines just follow a fixed rule, like a timer or an automatic door. AI is used for jobs like recognizing pictures or sounds, or learning from examples.',
								es: 'Muchas máquinas solo siguen una regla fija, como un temporizador o una puerta automática. La IA se usa para trabajos como reconocer imágenes o sonidos, o aprender de ejemplos.'
							}
						},
						{
							misconception: {
								en: 'AI is alive, has feelings or understands things the way a person does.',
								es: 'La IA está viva, tiene sentimientos o entiende las cosas como una persona.'
							},
							response: {
								en: 'AI is a computer program made by people. Even when it talks, it has no feelings. It finds patterns in the examples it was given.',
								es: 'La IA es un programa de computadora hecho por personas. Aunque hable, no tiene sentimientos. Encuentra patrones en los ejemplos que le dieron.'
							}
						},
						{
							misconception: { en: 'AI is always right.', es: 'La IA siempre tiene razón.' },
							response: {
								en: 'AI makes guesses based on what it learned, and guesses can be wrong. Ask students for times a machine misheard or misunderstood them.',
								es: 'La IA adivina según lo que aprendió, y sus suposiciones pueden fallar. Pida a los estudiantes ejemplos de veces en que una máquina los oyó o los entendió mal.'
							}
						}
					],
					differentiation: {
						support: [
							{
								en: 'Give pairs sentence starters: “I think it uses AI because it…” and “I think it doesn’t use AI because it always…”',
								es: 'Dé a las parejas frases para empezar: “Creo que usa IA porque…” y “Creo que no usa IA porque siempre…”'
							},
							{
								en: 'Sort the first two things together as a class, thinking aloud, before pairs continue on their own.',
								es: 'Clasifiquen juntos los dos primeros objetos, pensando en voz alta, antes de que las parejas sigan solas.'
							},
							{
								en: 'Read the explanations aloud for students who need reading support, or pair them with a confident reader.',
								es: 'Lea en voz alta las explicaciones a quienes necesiten apoyo con la lectura, o póngalos en pareja con alguien que lea con soltura.'
							}
						],
						extension: [
							{
								en: 'Early finishers invent a machine that uses AI to help at school and describe what it would need to recognize or learn.',
								es: 'Quienes terminen antes inventan una máquina con IA que ayude en la escuela y describen qué tendría que reconocer o aprender.'
							},
							{
								en: 'Challenge students to find one thing at home that uses AI and one that doesn’t, and explain both to a family member.',
								es: 'Rete a los estudiantes a encontrar en casa algo que use IA y algo que no, y a explicárselo a alguien de su familia.'
							}
						]
					},
					unplugged: [
						{
							en: 'Write the 8 thing names on cards, with a simple drawing on each; make one set per group of 3 or 4.',
							es: 'Escriba los nombres de los 8 objetos en tarjetas, con un dibujo sencillo en cada una; prepare un juego por grupo de 3 o 4.'
						},
						{
							en: 'Give each group two sheets of paper labeled “Uses AI” and “Doesn’t use AI”. Groups sort the cards and must agree on a reason for each one.',
							es: 'Dé a cada grupo dos hojas con los títulos “Usa IA” y “No usa IA”. Los grupos clasifican las tarjetas y deben ponerse de acuerdo en una razón para cada una.'
						},
						{
							en: 'Reveal the answers one card at a time and explain each. Uses AI: voice assistant, photo face finder, music recommender, translation app. Doesn’t use AI: calculator, microwave timer, alarm clock, automatic door.',
							es: 'Revele las respuestas tarjeta por tarjeta y explique cada una. Usan IA: asistente de voz, buscador de caras en fotos, recomendador de música, aplicación de traducción. No usan IA: calculadora, temporizador del microondas, despertador, puerta automática.'
						},
						{
							en: 'Play “Human machines”: one student acts as an alarm clock that does the same thing every time; another acts as a music recommender who asks classmates what they like and suggests something similar. The class decides which one is learning.',
							es: 'Jueguen a “Máquinas humanas”: un estudiante hace de despertador que siempre hace lo mismo; otro hace de recomendador de música que pregunta a sus compañeros qué les gusta y sugiere algo parecido. La clase decide cuál está aprendiendo.'
						},
						{
							en: 'Read the quiz aloud and have students hold up 1, 2 or 3 fingers; they write or draw the exit ticket on scrap paper.',
							es: 'Lea la prueba en voz alta y pida que muestren 1, 2 o 3 dedos; la tarjeta de salida la escriben o dibujan en una hoja de borrador.'
						}
					]
				}
			},
			{
				slug: 'how-machines-learn',
				title: { en: 'How Machines Learn', es: 'Cómo aprenden las máquinas' },
				summary: {
					en: 'Students play “Be the Computer” to find patterns in examples, see that AI makes guesses that can be wrong, and talk about why the examples we give AI matter for everyone.',
					es: 'Los estudiantes juegan a “Sé la computadora” para encontrar patrones en ejemplos, ven que la IA hace suposiciones que pueden fallar y conversan sobre por qué los ejemplos que le damos a la IA importan para todos.'
				},
				minutes: 45,
				objectives: [
					{
						en: 'Explain that AI learns by finding patterns in lots of examples.',
						es: 'Explicar que la IA aprende encontrando patrones en muchos ejemplos.'
					},
					{
						en: 'Show how an AI guess can be wrong when its examples are missing something.',
						es: 'Mostrar cómo una suposición de la IA puede fallar cuando a sus ejemplos les falta algo.'
					},
					{
						en: 'Suggest ways to choose examples so that AI works fairly for everyone.',
						es: 'Proponer formas de elegir ejemplos para que la IA funcione de manera justa para todos.'
					}
				],
				vocabulary: [
					{
						term: { en: 'example', es: 'ejemplo' },
						definition: {
							en: 'One thing we show to help someone learn, like one photo of a dog.',
							es: 'Una cosa que mostramos para ayudar a alguien a aprender, como una foto de un perro.'
						}
					},
					{
						term: { en: 'pattern', es: 'patrón' },
						definition: {
							en: 'Something that many examples have in common, like “all of these have stripes.”',
							es: 'Algo que tienen en común muchos ejemplos, como “todos estos tienen rayas”.'
						}
					},
					{
						term: { en: 'training', es: 'entrenamiento' },
						definition: {
							en: 'Teaching a computer by giving it lots of examples.',
							es: 'Enseñarle a una computadora dándole muchos ejemplos.'
						}
					},
					{
						term: { en: 'guess (prediction)', es: 'suposición (predicción)' },
						definition: {
							en: 'What the computer thinks the answer is for something new. It can be right or wrong.',
							es: 'Lo que la computadora cree que es la respuesta para algo nuevo. Puede acertar o equivocarse.'
						}
					},
					{
						term: { en: 'mistake', es: 'error' },
						definition: {
							en: 'A wrong answer. AI makes mistakes too, especially with things that look different from its examples.',
							es: 'Una respuesta equivocada. La IA también se equivoca, sobre todo con cosas que se ven distintas a sus ejemplos.'
						}
					},
					{
						term: { en: 'fair', es: 'justo' },
						definition: {
							en: 'Working well for everyone, not just for some people.',
							es: 'Que funciona bien para todas las personas, no solo para algunas.'
						}
					}
				],
				materials: [
					{
						en: 'Tablets or computers for the sorting round (pairs are fine), or one screen for the class',
						es: 'Tabletas o computadoras para la ronda de clasificar (en parejas está bien), o una pantalla para la clase'
					},
					{
						en: 'Board and markers for the “Be the Computer” game',
						es: 'Pizarra y marcadores para el juego “Sé la computadora”'
					},
					{
						en: 'Paper option: 6 cards for this lesson’s things and two sheets per group labeled “Uses AI” and “Doesn’t use AI”',
						es: 'Opción en papel: 6 tarjetas con los objetos de esta lección y dos hojas por grupo con los títulos “Usa IA” y “No usa IA”'
					},
					{
						en: 'Paper or sticky notes for students’ patterns, guesses and reflections',
						es: 'Papel o notas adhesivas para que los estudiantes anoten patrones, suposiciones y reflexiones'
					}
				],
				steps: [
					{
						kind: 'slide',
						id: 'hook',
						title: { en: 'How did you learn?', es: '¿Cómo aprendiste tú?' },
						body: [
							{
								en: 'How did you learn what a dog is? Nobody gave you a list of rules. You saw lots of dogs—big ones, small ones, fluffy ones—and your brain noticed what they have in common.',
								es: '¿Cómo aprendiste qué es un perro? Nadie te dio una lista de reglas. Viste muchos perros (grandes, pequeños, peludos) y tu cerebro notó lo que tienen en común.'
							},
							{
								en: 'Many AI programs learn in a way that is a little bit like this. Today you will find out how, and why they sometimes get it wrong.',
								es: 'Muchos programas de IA aprenden de una forma que se parece un poco a esta. Hoy vas a descubrir cómo, y por qué a veces se equivocan.'
							}
						],
						teacherNotes: {
							en: 'About 3 minutes. Ask: “How do you know a dog is a dog and not a cat?” Let students try rules (“It has four legs”—but so do cats!). Point out that rules are hard to write, but learning from examples is easy for us.',
							es: 'Unos 3 minutos. Pregunte: “¿Cómo sabes que un perro es un perro y no un gato?”. Deje que intenten dar reglas (“Tiene cuatro patas”… ¡pero los gatos también!). Señale que es difícil escribir reglas, pero que aprender de ejemplos nos resulta fácil.'
						}
					},
					{
						kind: 'discuss',
						id: 'learned-from-examples',
						prompt: {
							en: 'Think of something you learned by seeing lots of examples, like a new game, a dance or how to tell two things apart. How many examples did you need?',
							es: 'Piensa en algo que aprendiste viendo muchos ejemplos, como un juego nuevo, un baile o cómo distinguir dos cosas. ¿Cuántos ejemplos necesitaste?'
						},
						teacherNotes: {
							en: 'About 3 minutes. Partners share, then take 2 or 3 answers. Make the link: the more examples you saw, the better you got. Add: “Computers usually need many, many more examples than people do.”',
							es: 'Unos 3 minutos. Comparten en parejas; luego escuche 2 o 3 respuestas. Haga la conexión: cuantos más ejemplos viste, mejor lo hiciste. Añada: “Las computadoras suelen necesitar muchísimos más ejemplos que las personas”.'
						}
					},
					{
						kind: 'slide',
						id: 'examples-patterns-guesses',
						title: {
							en: 'Examples → patterns → guesses',
							es: 'Ejemplos → patrones → suposiciones'
						},
						body: [
							{
								en: '1. Examples: People give the computer lots of examples with the right answer, like thousands of photos marked “bird” or “not a bird”. This is called training.',
								es: '1. Ejemplos: Las personas le dan a la computadora muchos ejemplos con la respuesta correcta, como miles de fotos marcadas “pájaro” o “no es un pájaro”. A esto se le llama entrenamiento.'
							},
							{
								en: '2. Patterns: The computer looks for what the bird photos have in common, like beaks, feathers and wings.',
								es: '2. Patrones: La computadora busca lo que tienen en común las fotos de pájaros, como picos, plumas y alas.'
							},
							{
								en: '3. Guesses: When it sees a new photo, it uses those patterns to guess: “I think this is a bird!” Computer scientists call this guess a prediction.',
								es: '3. Suposiciones: Cuando ve una foto nueva, usa esos patrones para adivinar: “¡Creo que esto es un pájaro!”. Los científicos de la computación llaman predicción a esta suposición.'
							}
						],
						teacherNotes: {
							en: 'About 4 minutes. Draw three boxes on the board with arrows: Examples → Patterns → Guess. Leave it up for the whole lesson. Ask: “What would happen if we only showed the computer photos of ducks?” (It might think only ducks are birds.)',
							es: 'Unos 4 minutos. Dibuje en la pizarra tres cajas con flechas: Ejemplos → Patrones → Suposición. Déjelo a la vista toda la lección. Pregunte: “¿Qué pasaría si solo le mostráramos fotos de patos?” (Podría creer que solo los patos son pájaros).'
						}
					},
					{
						kind: 'slide',
						id: 'be-the-computer',
						title: { en: 'Game: Be the Computer', es: 'Juego: Sé la computadora' },
						body: [
							{
								en: 'You are the computer! Your teacher will show you examples of a made-up creature called a Glorp, and some creatures that are not Glorps.',
								es: '¡Tú eres la computadora! Tu maestra o maestro te mostrará ejemplos de una criatura inventada llamada Glorp, y algunas criaturas que no son Glorps.'
							},
							{
								en: 'Look for the pattern. What do all the Glorps have in common? Write it down.',
								es: 'Busca el patrón. ¿Qué tienen en común todos los Glorps? Escríbelo.'
							},
							{
								en: 'Then your teacher will show you new creatures. Make your guess: Glorp or not a Glorp?',
								es: 'Después verás criaturas nuevas. Haz tu suposición: ¿es un Glorp o no?'
							}
						],
						teacherNotes: {
							en: 'About 10 minutes. On the board, draw 4 Glorps: ROUND bodies covered in SPOTS, in different sizes. Then draw 3 “not Glorps”: round bodies with STRIPES. Students write the pattern on paper (“Glorps have spots”). Now draw test creatures one at a time and have the class vote: (1) a small round creature with spots: Glorp; (2) a round creature with stripes: not a Glorp; (3) a SQUARE creature with spots. Many students will hesitate or say “not a Glorp” because every example was round. Reveal that it IS a Glorp: spots are what make a Glorp. Ask: “Why was that one hard?” (We never saw a square Glorp in our examples.) That is exactly how AI gets confused.',
							es: 'Unos 10 minutos. En la pizarra, dibuje 4 Glorps: cuerpos REDONDOS cubiertos de MANCHAS, de distintos tamaños. Luego dibuje 3 “no Glorps”: cuerpos redondos con RAYAS. Los estudiantes escriben el patrón en papel (“Los Glorps tienen manchas”). Ahora dibuje criaturas de prueba, una por una, y que la clase vote: (1) una criatura pequeña y redonda con manchas: es un Glorp; (2) una criatura redonda con rayas: no es un Glorp; (3) una criatura CUADRADA con manchas. Muchos dudarán o dirán “no es un Glorp”, porque todos los ejemplos eran redondos. Revele que SÍ es un Glorp: lo que hace a un Glorp son las manchas. Pregunte: “¿Por qué costó tanto ese?” (Nunca vimos un Glorp cuadrado en los ejemplos). Así es exactamente como se confunde la IA.'
						}
					},
					{
						kind: 'slide',
						id: 'why-ai-makes-mistakes',
						title: { en: 'Why AI makes mistakes', es: 'Por qué se equivoca la IA' },
						body: [
							{
								en: 'AI only knows the patterns in its examples. If something new looks different from all of them, the AI may guess wrong—just like with the square Glorp!',
								es: 'La IA solo conoce los patrones de sus ejemplos. Si algo nuevo se ve distinto a todos ellos, la IA puede equivocarse, ¡igual que con el Glorp cuadrado!'
							},
							{
								en: 'Imagine a bird camera that learned only from photos taken in bright daylight. At sunset, it might not recognize a bird at all.',
								es: 'Imagina una cámara de pájaros que aprendió solo con fotos tomadas a plena luz del día. Al atardecer, quizá no reconozca ningún pájaro.'
							},
							{
								en: 'When the examples leave out some things or some people, the AI can make more mistakes with them. That isn’t fair, so people need to choose examples carefully.',
								es: 'Cuando los ejemplos dejan fuera algunas cosas o a algunas personas, la IA puede equivocarse más con ellas. Eso no es justo, así que las personas deben elegir los ejemplos con cuidado.'
							}
						],
						teacherNotes: {
							en: 'About 4 minutes. Connect back to the game. Ask: “How could we fix our Glorp computer?” (Show it Glorps of many different shapes.) Keep the tone hopeful: people can find and fix these problems by testing AI and adding better examples.',
							es: 'Unos 4 minutos. Relaciónelo con el juego. Pregunte: “¿Cómo podríamos arreglar nuestra computadora de Glorps?” (Mostrándole Glorps de muchas formas distintas). Mantenga un tono optimista: las personas pueden encontrar y corregir estos problemas probando la IA y agregando mejores ejemplos.'
						}
					},
					{
						kind: 'activity',
						id: 'sort-round-two',
						activity: 'ai-or-not',
						title: { en: 'AI or not? Round 2', es: '¿IA o no? Segunda ronda' },
						instructions: {
							en: 'Sort these new things into “Uses AI” and “Doesn’t use AI”. This time the answers come at the end, so think carefully. For each AI one, ask yourself: what examples did it learn from?',
							es: 'Clasifica estos objetos nuevos en “Usa IA” y “No usa IA”. Esta vez las respuestas aparecen al final, así que piénsalo bien. Para cada uno con IA, pregúntate: ¿de qué ejemplos aprendió?'
						},
						preset: {
							items: [
								'bird-camera',
								'traffic-light-timer',
								'handwriting-recognition',
								'vending-machine',
								'autocorrect-keyboard',
								'thermostat-schedule'
							],
							reveal: 'end'
						},
						teacherNotes: {
							en: 'About 7 minutes. Pairs sort all six things, then check their answers at the end. For each AI thing, ask: “What examples did it learn from?” (Bird camera: many bird photos. Handwriting recognition: many samples of handwritten letters. Autocorrect: lots of typed words.) A thermostat is the box on the wall that controls the heating or cooling; this one follows a schedule someone set.',
							es: 'Unos 7 minutos. Las parejas clasifican los seis objetos y comprueban las respuestas al final. Para cada objeto con IA, pregunte: “¿De qué ejemplos aprendió?” (Cámara de pájaros: muchas fotos de pájaros. Reconocimiento de escritura: muchas muestras de letras escritas a mano. Autocorrector: muchísimas palabras escritas). Un termostato es el aparato de la pared que controla la calefacción o el aire acondicionado; este sigue un horario que alguien programó.'
						}
					},
					{
						kind: 'discuss',
						id: 'fair-examples',
						prompt: {
							en: 'Imagine we are teaching a photo app to find faces so it can spot everyone in our class pictures. What kinds of examples should we give it so it works for everyone?',
							es: 'Imagina que le enseñamos a una aplicación de fotos a encontrar caras para que encuentre a todos en las fotos de la clase. ¿Qué tipos de ejemplos deberíamos darle para que funcione con todas las personas?'
						},
						teacherNotes: {
							en: 'About 4 minutes. Collect ideas on the board: different skin colors, ages, hairstyles, glasses, hats or head coverings, smiling and not smiling, bright and dim light. Point out: if one kind of face were missing from the examples, the app could miss those people in photos, and they might feel left out. Emphasize that choosing examples is something people decide.',
							es: 'Unos 4 minutos. Anote las ideas en la pizarra: distintos colores de piel, edades, peinados, lentes, gorros o prendas para la cabeza, caras sonrientes y serias, mucha o poca luz. Señale que, si faltara un tipo de cara en los ejemplos, la aplicación podría no encontrar a esas personas en las fotos, y podrían sentirse excluidas. Subraye que elegir los ejemplos es una decisión de las personas.'
						}
					},
					{
						kind: 'quiz',
						id: 'learning-check',
						title: { en: 'What did the computer learn?', es: '¿Qué aprendió la computadora?' },
						questions: [
							{
								id: 'how-ai-learns',
								prompt: {
									en: 'How does an AI program learn to recognize cats in photos?',
									es: '¿Cómo aprende un programa de IA a reconocer gatos en las fotos?'
								},
								choices: [
									{
										id: 'examples',
										text: {
											en: 'It looks at lots of example photos and finds patterns',
											es: 'Mira muchísimas fotos de ejemplo y encuentra patrones'
										}
									},
									{
										id: 'rule-per-cat',
										text: {
											en: 'Someone types in a rule for every cat in the world',
											es: 'Alguien escribe una regla para cada gato del mundo'
										}
									},
									{
										id: 'already-knew',
										text: {
											en: 'It already knew what cats look like when it was built',
											es: 'Ya sabía cómo son los gatos cuando la construyeron'
										}
									}
								],
								answer: 'examples',
								explanation: {
									en: 'AI learns from many examples. It finds patterns, like pointy ears and whiskers, and uses them to guess about new photos. Nobody could write a rule for every cat!',
									es: 'La IA aprende de muchos ejemplos. Encuentra patrones, como orejas puntiagudas y bigotes, y los usa para adivinar en fotos nuevas. ¡Nadie podría escribir una regla para cada gato!'
								}
							},
							{
								id: 'square-glorp',
								prompt: {
									en: 'A computer learned about Glorps only from round Glorps. Then it sees a square Glorp. What might happen?',
									es: 'Una computadora aprendió qué es un Glorp solo con Glorps redondos. Luego ve un Glorp cuadrado. ¿Qué podría pasar?'
								},
								choices: [
									{
										id: 'always-right',
										text: {
											en: 'It will get it right, because computers don’t make mistakes',
											es: 'Acertará, porque las computadoras no se equivocan'
										}
									},
									{
										id: 'guess-wrong',
										text: {
											en: 'It might guess wrong, because it never saw a square Glorp',
											es: 'Podría equivocarse, porque nunca vio un Glorp cuadrado'
										}
									},
									{
										id: 'ask-friend',
										text: {
											en: 'It will figure it out by asking another computer',
											es: 'Lo resolverá preguntándole a otra computadora'
										}
									}
								],
								answer: 'guess-wrong',
								explanation: {
									en: 'AI only knows the patterns in its examples, so something new and different can fool it. That’s why people test AI and add more kinds of examples.',
									es: 'La IA solo conoce los patrones de sus ejemplos, así que algo nuevo y distinto puede engañarla. Por eso las personas prueban la IA y agregan ejemplos más variados.'
								}
							},
							{
								id: 'face-finder-children',
								prompt: {
									en: 'A face finder app learned mostly from photos of grown-ups. Who might it make more mistakes with?',
									es: 'Una aplicación que busca caras aprendió sobre todo con fotos de personas adultas. ¿Con quién podría equivocarse más?'
								},
								choices: [
									{
										id: 'no-one',
										text: {
											en: 'No one—it works the same for everybody',
											es: 'Con nadie: funciona igual para todos'
										}
									},
									{
										id: 'grown-ups',
										text: { en: 'Grown-ups', es: 'Con las personas adultas' }
									},
									{
										id: 'children',
										text: { en: 'Children', es: 'Con los niños y las niñas' }
									}
								],
								answer: 'children',
								explanation: {
									en: 'If children were missing from the examples, the app learned fewer patterns about children’s faces, so it may miss them more often. Good examples include all kinds of people.',
									es: 'Si faltaban niños en los ejemplos, la aplicación aprendió menos patrones sobre sus caras, así que puede fallar más con ellos. Los buenos ejemplos incluyen a todo tipo de personas.'
								}
							}
						],
						teacherNotes: {
							en: 'About 4 minutes. After each answer, point to the Examples → Patterns → Guess boxes on the board and ask which box the question is about.',
							es: 'Unos 4 minutos. Después de cada respuesta, señale las cajas Ejemplos → Patrones → Suposición de la pizarra y pregunte de qué caja trata la pregunta.'
						}
					},
					{
						kind: 'slide',
						id: 'people-decide',
						title: { en: 'People make the choices', es: 'Las personas toman las decisiones' },
						body: [
							{
								en: 'People choose the examples an AI learns from.',
								es: 'Las personas eligen los ejemplos de los que aprende una IA.'
							},
							{
								en: 'People test the AI to find its mistakes, and then they fix them.',
								es: 'Las personas prueban la IA para encontrar sus errores, y luego los corrigen.'
							},
							{
								en: 'People decide where AI should be used and when a person should check its work.',
								es: 'Las personas deciden dónde usar la IA y cuándo una persona debe revisar su trabajo.'
							}
						],
						teacherNotes: {
							en: 'About 2 minutes. Ask: “If you were building an AI, what would you want to check before everyone used it?” Link the answers to the fair-examples list on the board.',
							es: 'Unos 2 minutos. Pregunte: “Si construyeras una IA, ¿qué querrías revisar antes de que todos la usen?”. Relacione las respuestas con la lista de ejemplos justos de la pizarra.'
						}
					},
					{
						kind: 'reflect',
						id: 'exit-ticket',
						prompt: {
							en: 'If you could teach a computer to recognize one thing, what would it be? What examples would you show it so it doesn’t make mistakes?',
							es: 'Si pudieras enseñarle a una computadora a reconocer una cosa, ¿cuál sería? ¿Qué ejemplos le mostrarías para que no se equivoque?'
						},
						teacherNotes: {
							en: 'About 4 minutes. Students can write, draw or tell a partner. Look for many different kinds of examples, not just one kind.',
							es: 'Unos 4 minutos. Pueden escribir, dibujar o contárselo a un compañero. Fíjese en que propongan ejemplos de muchos tipos, no de uno solo.'
						}
					}
				],
				guide: {
					preparation: [
						{
							en: 'Practice drawing the creatures for “Be the Computer” (see that slide’s presenter notes): round spotted Glorps, round striped “not Glorps” and one square spotted Glorp.',
							es: 'Practique el dibujo de las criaturas de “Sé la computadora” (vea las notas de esa diapositiva): Glorps redondos con manchas, “no Glorps” redondos con rayas y un Glorp cuadrado con manchas.'
						},
						{
							en: 'Try “AI or not? Round 2” yourself; this time the answers appear only at the end.',
							es: 'Pruebe usted “¿IA o no? Segunda ronda”; esta vez las respuestas aparecen solo al final.'
						},
						{
							en: 'Draw three boxes on the board: Examples → Patterns → Guess.',
							es: 'Dibuje tres cajas en la pizarra: Ejemplos → Patrones → Suposición.'
						},
						{
							en: 'For the paper version, make cards for: bird camera, traffic light timer, handwriting recognition, vending machine, autocorrect keyboard, thermostat on a schedule.',
							es: 'Para la versión en papel, prepare tarjetas para: cámara de pájaros, semáforo con temporizador, reconocimiento de escritura a mano, máquina expendedora, teclado con autocorrector, termostato con horario.'
						}
					],
					timing: [
						{
							minutes: 3,
							activity: {
								en: 'Hook: how did you learn what a dog is?',
								es: 'Inicio: ¿cómo aprendiste qué es un perro?'
							}
						},
						{
							minutes: 3,
							activity: {
								en: 'Partner talk: learning from examples',
								es: 'Conversación en parejas: aprender de ejemplos'
							}
						},
						{
							minutes: 4,
							activity: {
								en: 'Examples → patterns → guesses',
								es: 'Ejemplos → patrones → suposiciones'
							}
						},
						{
							minutes: 10,
							activity: { en: '“Be the Computer” game', es: 'Juego “Sé la computadora”' }
						},
						{
							minutes: 4,
							activity: { en: 'Why AI makes mistakes', es: 'Por qué se equivoca la IA' }
						},
						{
							minutes: 7,
							activity: {
								en: '“AI or not?” round 2 (answers at the end)',
								es: '“¿IA o no?”, segunda ronda (respuestas al final)'
							}
						},
						{
							minutes: 4,
							activity: {
								en: 'Class talk: examples that work for everyone',
								es: 'Conversación en clase: ejemplos que funcionen para todos'
							}
						},
						{
							minutes: 4,
							activity: {
								en: 'Quiz: what did the computer learn?',
								es: 'Prueba: ¿qué aprendió la computadora?'
							}
						},
						{
							minutes: 6,
							activity: {
								en: 'People make the choices; exit ticket',
								es: 'Las personas toman las decisiones; tarjeta de salida'
							}
						}
					],
					misconceptions: [
						{
							misconception: {
								en: 'Computers learn exactly the way people do and understand what they learn.',
								es: 'Las computadoras aprenden exactamente como las personas y entienden lo que aprenden.'
							},
							response: {
								en: 'AI finds patterns in examples, but it doesn’t understand them the way people do. A program that spots cats in photos has never met a cat; it only matches patterns in pictures.',
								es: 'La IA encuentra patrones en los ejemplos, pero no los entiende como las personas. Un programa que encuentra gatos en fotos nunca ha conocido un gato; solo compara patrones en imágenes.'
							}
						},
						{
							misconception: {
								en: 'If a computer makes a mistake, it must be broken.',
								es: 'Si una computadora se equivoca, es que está rota.'
							},
							response: {
								en: 'AI guesses, and guesses are sometimes wrong even when everything is working. Mistakes often come from examples that were missing something.',
								es: 'La IA adivina, y a veces falla aunque todo funcione bien. Los errores suelen venir de ejemplos a los que les faltaba algo.'
							}
						},
						{
							misconception: {
								en: 'More examples always fix every problem.',
								es: 'Más ejemplos siempre arreglan cualquier problema.'
							},
							response: {
								en: 'More examples help only if they are the right kinds. A thousand more round Glorps won’t teach the computer about square ones.',
								es: 'Más ejemplos solo ayudan si son del tipo adecuado. Mil Glorps redondos más no le enseñarán a la computadora nada sobre los cuadrados.'
							}
						}
					],
					differentiation: {
						support: [
							{
								en: 'Draw the Glorp creatures large and describe them aloud; let students point or vote instead of writing the pattern.',
								es: 'Dibuje los Glorps bien grandes y descríbalos en voz alta; deje que los estudiantes señalen o voten en lugar de escribir el patrón.'
							},
							{
								en: 'Give a word bank for the exit ticket: examples, pattern, guess, mistake, fair.',
								es: 'Ofrezca un banco de palabras para la tarjeta de salida: ejemplos, patrón, suposición, error, justo.'
							},
							{
								en: 'Pair students for round 2 so they can talk through each choice together.',
								es: 'Forme parejas para la segunda ronda, para que comenten juntos cada decisión.'
							}
						],
						extension: [
							{
								en: 'Students invent their own creature and a set of examples that would trick a computer, then test it on a partner.',
								es: 'Los estudiantes inventan su propia criatura y un grupo de ejemplos que engañaría a una computadora, y lo prueban con un compañero.'
							},
							{
								en: 'Ask: “What could go wrong if a computer guessed wrong about something important, like whether a crosswalk is clear?” Students write two ideas and one way to make it safer.',
								es: 'Pregunte: “¿Qué podría salir mal si una computadora se equivocara en algo importante, como saber si un paso de peatones está despejado?”. Los estudiantes escriben dos ideas y una forma de hacerlo más seguro.'
							}
						]
					},
					unplugged: [
						{
							en: '“Be the Computer” needs only the board: draw the examples and test creatures described in the presenter notes.',
							es: '“Sé la computadora” solo necesita la pizarra: dibuje los ejemplos y las criaturas de prueba que se describen en las notas de la diapositiva.'
						},
						{
							en: 'For round 2, give each group the 6 cards and two sheets labeled “Uses AI” and “Doesn’t use AI”. Reveal the answers at the end. Uses AI: bird camera, handwriting recognition, autocorrect keyboard. Doesn’t use AI: traffic light timer, vending machine, thermostat on a schedule.',
							es: 'Para la segunda ronda, dé a cada grupo las 6 tarjetas y dos hojas con los títulos “Usa IA” y “No usa IA”. Revele las respuestas al final. Usan IA: cámara de pájaros, reconocimiento de escritura a mano, teclado con autocorrector. No usan IA: semáforo con temporizador, máquina expendedora, termostato con horario.'
						},
						{
							en: 'Play “Human classifier”: one student leaves the room while the class picks a secret pattern (for example, “people wearing something blue”). The class shows examples and non-examples; the student guesses the pattern and then sorts new classmates.',
							es: 'Jueguen a “Clasificador humano”: un estudiante sale del aula mientras la clase elige un patrón secreto (por ejemplo, “personas que llevan algo azul”). La clase muestra ejemplos y contraejemplos; el estudiante adivina el patrón y luego clasifica a otros compañeros.'
						},
						{
							en: 'Run the fair-examples talk as a class list on chart paper and keep it on the wall.',
							es: 'Haga la conversación sobre ejemplos justos como una lista de la clase en papel grande y déjela en la pared.'
						},
						{
							en: 'Read the quiz aloud and have students vote with 1, 2 or 3 fingers; they write or draw the exit ticket on paper or sticky notes.',
							es: 'Lea la prueba en voz alta y que voten con 1, 2 o 3 dedos; la tarjeta de salida la escriben o dibujan en papel o en notas adhesivas.'
						}
					]
				}
			}
		],
		'6-8': [
			{
				slug: 'defining-ai',
				title: { en: 'Defining AI', es: 'Definir la IA' },
				summary: {
					en: 'Students build a working definition of artificial intelligence, test it against twelve everyday technologies—including some tricky edge cases—and learn to distinguish AI from automation that simply follows fixed rules.',
					es: 'Los estudiantes construyen una definición de trabajo de la inteligencia artificial, la ponen a prueba con doce tecnologías cotidianas (incluidos algunos casos límite difíciles) y aprenden a distinguir la IA de la automatización que solo sigue reglas fijas.'
				},
				minutes: 45,
				objectives: [
					{
						en: 'Write and refine a working definition of artificial intelligence.',
						es: 'Redactar y mejorar una definición de trabajo de la inteligencia artificial.'
					},
					{
						en: 'Classify everyday technologies as AI or not AI and justify each decision with evidence.',
						es: 'Clasificar tecnologías cotidianas como IA o no IA y justificar cada decisión con evidencia.'
					},
					{
						en: 'Distinguish perception and learning from simple sensing and rule-based automation.',
						es: 'Distinguir la percepción y el aprendizaje de la simple detección y de la automatización basada en reglas.'
					}
				],
				vocabulary: [
					{
						term: { en: 'artificial intelligence (AI)', es: 'inteligencia artificial (IA)' },
						definition: {
							en: 'Computer systems that perform tasks that usually require human intelligence, such as perceiving, reasoning, understanding language or learning from data.',
							es: 'Sistemas informáticos que realizan tareas que normalmente requieren inteligencia humana, como percibir, razonar, comprender el lenguaje o aprender de datos.'
						}
					},
					{
						term: { en: 'automation', es: 'automatización' },
						definition: {
							en: 'A machine or program carrying out a task on its own by following steps or settings someone chose in advance.',
							es: 'Una máquina o un programa que realiza una tarea por sí solo siguiendo pasos o ajustes que alguien eligió de antemano.'
						}
					},
					{
						term: { en: 'sensor data', es: 'datos de sensores' },
						definition: {
							en: 'Measurements that a device collects from the world, such as readings of light, motion, sound or temperature.',
							es: 'Mediciones que un dispositivo recoge del mundo, como lecturas de luz, movimiento, sonido o temperatura.'
						}
					},
					{
						term: { en: 'perception', es: 'percepción' },
						definition: {
							en: 'Extracting meaning from sensor data, such as recognizing a face in an image or words in a recording.',
							es: 'Extraer significado de los datos de un sensor, como reconocer una cara en una imagen o palabras en una grabación.'
						}
					},
					{
						term: { en: 'algorithm', es: 'algoritmo' },
						definition: {
							en: 'A precise, step-by-step procedure for solving a problem or completing a task.',
							es: 'Un procedimiento preciso, paso a paso, para resolver un problema o completar una tarea.'
						}
					},
					{
						term: { en: 'machine learning', es: 'aprendizaje automático' },
						definition: {
							en: 'A kind of AI in which a program gets better at a task by finding patterns in data instead of relying only on hand-written rules.',
							es: 'Un tipo de IA en el que un programa mejora en una tarea encontrando patrones en los datos, en lugar de depender solo de reglas escritas a mano.'
						}
					}
				],
				materials: [
					{
						en: 'One tablet or computer per student or pair, or a projected screen for whole-class sorting',
						es: 'Una tableta o computadora por estudiante o por pareja, o una pantalla proyectada para clasificar con toda la clase'
					},
					{
						en: 'Paper option: 12 printed “AI or not?” cards per group and a two-column sorting mat (“Uses AI” / “Doesn’t use AI”)',
						es: 'Opción en papel: 12 tarjetas impresas de “¿IA o no?” por grupo y un tapete de dos columnas para clasificar (“Usa IA” / “No usa IA”)'
					},
					{
						en: 'Notebooks or index cards for students’ definitions',
						es: 'Cuadernos o fichas para las definiciones de los estudiantes'
					},
					{
						en: 'Chart paper or a section of the board for the evidence questions',
						es: 'Papel grande o una parte de la pizarra para las preguntas de evidencia'
					}
				],
				steps: [
					{
						kind: 'slide',
						id: 'hook',
						title: { en: 'Everything is “smart” now', es: 'Ahora todo es “inteligente”' },
						body: [
							{
								en: '“Smart” phones, “smart” doorbells, “smart” toothbrushes… Many products are advertised as using AI. But what does that actually mean?',
								es: 'Teléfonos “inteligentes”, timbres “inteligentes”, cepillos de dientes “inteligentes”… Muchos productos se anuncian como si usaran IA. Pero ¿qué significa eso en realidad?'
							},
							{
								en: 'Today you’ll build a definition of AI and put it to the test. By the end, you should be able to look at a device and explain, with evidence, whether it uses AI.',
								es: 'Hoy vas a construir una definición de IA y ponerla a prueba. Al final, deberías poder mirar un dispositivo y explicar, con evidencia, si usa IA o no.'
							}
						],
						teacherNotes: {
							en: 'Allow about 3 minutes. Ask students to name products they’ve seen advertised as “smart” or “AI-powered” and list a few. Point out that a label alone doesn’t tell us how a technology works; that’s what we’ll investigate.',
							es: 'Dedique unos 3 minutos. Pida a los estudiantes que nombren productos que hayan visto anunciados como “inteligentes” o “con IA” y anote algunos. Señale que una etiqueta no nos dice cómo funciona una tecnología; eso es lo que vamos a investigar.'
						}
					},
					{
						kind: 'discuss',
						id: 'first-definition',
						prompt: {
							en: 'In one sentence, write your own definition of AI. Then compare with a partner: what do your definitions have in common, and where do they disagree?',
							es: 'Escribe en una oración tu propia definición de IA. Luego compárala con la de un compañero: ¿en qué coinciden y en qué no?'
						},
						teacherNotes: {
							en: 'Allow about 5 minutes. Give 2 minutes to write and 2 to compare, then collect 3 or 4 definitions on the board without judging them. Common ideas: “a computer that thinks”, “robots”, “something that learns”. Keep them visible; students will revise their own definitions at the end. Note any “robot” or “thinks like a human” ideas to address on the next slide.',
							es: 'Dedique unos 5 minutos. Dé 2 minutos para escribir y 2 para comparar; luego anote 3 o 4 definiciones en la pizarra sin juzgarlas. Ideas frecuentes: “una computadora que piensa”, “robots”, “algo que aprende”. Déjelas a la vista: al final cada estudiante revisará su definición. Tome nota de las ideas de “robot” o “piensa como un humano” para tratarlas en la siguiente diapositiva.'
						}
					},
					{
						kind: 'slide',
						id: 'working-definition',
						title: { en: 'A working definition', es: 'Una definición de trabajo' },
						body: [
							{
								en: 'Artificial intelligence (AI) is the field of building computer systems that perform tasks that usually require human intelligence.',
								es: 'La inteligencia artificial (IA) es el campo que construye sistemas informáticos capaces de realizar tareas que normalmente requieren inteligencia humana.'
							},
							{
								en: 'Those tasks include perceiving the world (recognizing images and speech), understanding and producing language, reasoning and making decisions, and learning from data.',
								es: 'Entre esas tareas están percibir el mundo (reconocer imágenes y voz), comprender y producir lenguaje, razonar y tomar decisiones, y aprender de los datos.'
							},
							{
								en: 'Even experts don’t agree on one exact definition, and the boundary keeps moving: once a task becomes routine for computers, people often stop calling it AI.',
								es: 'Ni siquiera los expertos se ponen de acuerdo en una definición exacta, y el límite cambia con el tiempo: cuando una tarea se vuelve rutinaria para las computadoras, a menudo se deja de llamar IA.'
							},
							{
								en: 'AI is not the same as a robot. Many robots follow fixed programs, and most AI runs as software with no body at all.',
								es: 'La IA no es lo mismo que un robot. Muchos robots siguen programas fijos, y la mayor parte de la IA funciona como software, sin ningún cuerpo.'
							}
						],
						teacherNotes: {
							en: 'Allow about 5 minutes. Compare this definition with the class list: “Which of our definitions already had one of these ideas?” Address misconceptions directly: AI doesn’t need a robot body, and it doesn’t think the way people do. AI systems can be impressive at some tasks and make surprising mistakes on others.',
							es: 'Dedique unos 5 minutos. Compare esta definición con la lista de la clase: “¿Cuáles de nuestras definiciones ya tenían alguna de estas ideas?”. Aborde las ideas erróneas directamente: la IA no necesita un cuerpo de robot y no piensa como las personas. Los sistemas de IA pueden ser impresionantes en algunas tareas y cometer errores sorprendentes en otras.'
						}
					},
					{
						kind: 'slide',
						id: 'evidence-questions',
						title: {
							en: 'How to tell: evidence questions',
							es: 'Cómo saberlo: preguntas de evidencia'
						},
						body: [
							{
								en: 'Does it interpret messy, real-world input—images, sounds or everyday language—rather than a button press or a single reading?',
								es: '¿Interpreta información desordenada del mundo real (imágenes, sonidos o lenguaje cotidiano) en vez de solo un botón pulsado o una única medición?'
							},
							{
								en: 'Does it make a prediction or decision that no one wrote out step by step for every possible case?',
								es: '¿Hace una predicción o toma una decisión que nadie escribió paso a paso para cada caso posible?'
							},
							{
								en: 'Did it learn from data, or does it keep improving as it gets more data?',
								es: '¿Aprendió de datos, o sigue mejorando a medida que recibe más datos?'
							},
							{
								en: 'If all it does is follow a fixed rule or schedule (“at 7:00, turn on”), it’s automation, not AI—no matter how useful it is.',
								es: 'Si lo único que hace es seguir una regla o un horario fijo (“a las 7:00, enciéndete”), es automatización, no IA, por muy útil que sea.'
							}
						],
						teacherNotes: {
							en: 'Allow about 4 minutes. Post these questions where students can see them during the activity. Model one example aloud: “A microwave timer. Does it interpret messy input? No, it reads the buttons you press. Does it predict anything? No. Did it learn from data? No. So: automation, not AI.”',
							es: 'Dedique unos 4 minutos. Coloque estas preguntas donde todos las vean durante la actividad. Modele un ejemplo en voz alta: “El temporizador de un microondas. ¿Interpreta información desordenada? No, lee los botones que pulsas. ¿Predice algo? No. ¿Aprendió de datos? No. Entonces: automatización, no IA”.'
						}
					},
					{
						kind: 'activity',
						id: 'sort-twelve',
						activity: 'ai-or-not',
						title: { en: 'AI or not? Twelve cases', es: '¿IA o no? Doce casos' },
						instructions: {
							en: 'Sort each technology into “Uses AI” or “Doesn’t use AI”. Use the evidence questions before you place each one. Read the explanation after each decision and note any that surprised you.',
							es: 'Clasifica cada tecnología en “Usa IA” o “No usa IA”. Usa las preguntas de evidencia antes de colocar cada una. Lee la explicación después de cada decisión y anota las que te sorprendan.'
						},
						preset: {
							items: [
								'calculator',
								'spam-filter',
								'thermostat-schedule',
								'voice-assistant',
								'traffic-light-timer',
								'autocorrect-keyboard',
								'photo-face-finder',
								'vending-machine',
								'chess-computer',
								'handwriting-recognition',
								'automatic-door',
								'music-recommender'
							],
							reveal: 'each'
						},
						teacherNotes: {
							en: 'Allow about 10 minutes. Students work in pairs and must state their evidence out loud before each placement. Circulate and ask: “Which question convinced you?” Watch the tricky ones: the thermostat on a schedule (it follows times someone set), the automatic door (a sensor plus one rule), autocorrect (it predicts words from patterns in lots of text) and the chess computer (it chooses moves by evaluating possible future positions, a classic AI task).',
							es: 'Dedique unos 10 minutos. Trabajan en parejas y deben decir su evidencia en voz alta antes de colocar cada tecnología. Recorra el aula y pregunte: “¿Qué pregunta te convenció?”. Preste atención a los casos difíciles: el termostato con horario (sigue horas que alguien fijó), la puerta automática (un sensor más una regla), el autocorrector (predice palabras a partir de patrones en muchísimos textos) y la computadora de ajedrez (elige jugadas evaluando posiciones futuras posibles, una tarea clásica de la IA).'
						}
					},
					{
						kind: 'discuss',
						id: 'edge-cases',
						prompt: {
							en: 'Which technology was the hardest to classify? Make the best case for the other side: what would have to change for it to switch categories?',
							es: '¿Qué tecnología fue la más difícil de clasificar? Defiende la postura contraria lo mejor que puedas: ¿qué tendría que cambiar para que pasara a la otra categoría?'
						},
						teacherNotes: {
							en: 'Allow about 5 minutes. Good edge cases: a thermostat on a schedule isn’t AI, but one that learns a household’s habits from data and adjusts itself would be. An automatic door senses motion but follows one rule; a door that recognized specific people’s faces would use AI. The chess computer follows the rules of chess, yet it picks moves by evaluating huge numbers of possible positions, a reasoning task that takes intelligence when people do it. Push students to cite the evidence questions, not gut feelings.',
							es: 'Dedique unos 5 minutos. Buenos casos límite: un termostato con horario no es IA, pero uno que aprende de los datos los hábitos de una familia y se ajusta solo sí lo sería. Una puerta automática detecta movimiento pero sigue una sola regla; una puerta que reconociera la cara de ciertas personas usaría IA. La computadora de ajedrez sigue las reglas del juego, pero elige jugadas evaluando enormes cantidades de posiciones posibles, una tarea de razonamiento que requiere inteligencia cuando la hace una persona. Pida que citen las preguntas de evidencia, no corazonadas.'
						}
					},
					{
						kind: 'slide',
						id: 'sensing-vs-perceiving',
						title: {
							en: 'Sensing isn’t the same as perceiving',
							es: 'Detectar no es lo mismo que percibir'
						},
						body: [
							{
								en: 'An automatic door has a sensor that detects motion. It turns that signal into one fixed action: open.',
								es: 'Una puerta automática tiene un sensor que detecta movimiento. Convierte esa señal en una única acción fija: abrir.'
							},
							{
								en: 'A photo app that finds faces does something harder: it takes millions of pixel values and recognizes the pattern that means “face”, across different lighting, angles and people.',
								es: 'Una aplicación de fotos que encuentra caras hace algo más difícil: toma millones de valores de píxeles y reconoce el patrón que significa “cara”, con distintas luces, ángulos y personas.'
							},
							{
								en: 'That step—turning raw sensor data into meaning—is called perception. It is one of the big ideas of AI.',
								es: 'Ese paso, convertir datos en bruto de un sensor en significado, se llama percepción. Es una de las grandes ideas de la IA.'
							}
						],
						teacherNotes: {
							en: 'Allow about 3 minutes. Ask students for more examples of sensing only (motion-activated lights, a smoke alarm) and of perception (voice assistants, apps that identify a plant or a bird from a photo).',
							es: 'Dedique unos 3 minutos. Pida más ejemplos de solo detección (luces que se encienden con el movimiento, un detector de humo) y de percepción (asistentes de voz, aplicaciones que identifican una planta o un ave a partir de una foto).'
						}
					},
					{
						kind: 'quiz',
						id: 'check-definition',
						title: { en: 'Check your understanding', es: 'Comprueba lo que aprendiste' },
						questions: [
							{
								id: 'streetlight',
								prompt: {
									en: 'A streetlight turns on automatically when it gets dark. Which statement is most accurate?',
									es: 'Una farola se enciende automáticamente cuando oscurece. ¿Qué afirmación es la más precisa?'
								},
								choices: [
									{
										id: 'decides',
										text: {
											en: 'It uses AI, because it makes a decision on its own',
											es: 'Usa IA, porque toma una decisión por sí sola'
										}
									},
									{
										id: 'automation',
										text: {
											en: 'It’s automation: a light sensor triggers a fixed rule',
											es: 'Es automatización: un sensor de luz activa una regla fija'
										}
									},
									{
										id: 'has-sensor',
										text: {
											en: 'It uses AI, because it has a sensor',
											es: 'Usa IA, porque tiene un sensor'
										}
									}
								],
								answer: 'automation',
								explanation: {
									en: 'Acting automatically and having a sensor aren’t enough. The streetlight follows one rule (“if the light level is low, turn on”) and never learns or interprets anything complex.',
									es: 'Funcionar automáticamente y tener un sensor no bastan. La farola sigue una sola regla (“si hay poca luz, enciéndete”) y nunca aprende ni interpreta nada complejo.'
								}
							},
							{
								id: 'machine-learning-example',
								prompt: {
									en: 'Which example best shows machine learning?',
									es: '¿Qué ejemplo muestra mejor el aprendizaje automático?'
								},
								choices: [
									{
										id: 'vending',
										text: {
											en: 'A vending machine that drops a snack when you enter the right code',
											es: 'Una máquina expendedora que suelta un refrigerio cuando marcas el código correcto'
										}
									},
									{
										id: 'traffic-light',
										text: {
											en: 'A traffic light that changes every 45 seconds',
											es: 'Un semáforo que cambia cada 45 segundos'
										}
									},
									{
										id: 'spam-filter',
										text: {
											en: 'A spam filter that improves as it is trained on more emails people have marked as junk',
											es: 'Un filtro de spam que mejora a medida que se entrena con más correos que la gente marcó como basura'
										}
									},
									{
										id: 'calculator',
										text: {
											en: 'A calculator that finds square roots',
											es: 'Una calculadora que saca raíces cuadradas'
										}
									}
								],
								answer: 'spam-filter',
								explanation: {
									en: 'The spam filter finds patterns in examples labeled “spam” and “not spam” and applies them to new emails. The others carry out exact steps that someone programmed.',
									es: 'El filtro de spam encuentra patrones en ejemplos etiquetados como “spam” y “no spam” y los aplica a correos nuevos. Los demás ejecutan pasos exactos que alguien programó.'
								}
							},
							{
								id: 'accurate-statement',
								prompt: {
									en: 'Which statement about AI is accurate?',
									es: '¿Qué afirmación sobre la IA es correcta?'
								},
								choices: [
									{
										id: 'robot-body',
										text: {
											en: 'AI always needs a robot body',
											es: 'La IA siempre necesita un cuerpo de robot'
										}
									},
									{
										id: 'feels',
										text: {
											en: 'AI thinks and feels the same way humans do',
											es: 'La IA piensa y siente igual que los seres humanos'
										}
									},
									{
										id: 'smart-label',
										text: {
											en: 'If a product is advertised as “smart”, it definitely uses AI',
											es: 'Si un producto se anuncia como “inteligente”, seguro que usa IA'
										}
									},
									{
										id: 'software-tasks',
										text: {
											en: 'AI is often software that recognizes images, understands language or learns from data',
											es: 'La IA suele ser software que reconoce imágenes, comprende el lenguaje o aprende de datos'
										}
									}
								],
								answer: 'software-tasks',
								explanation: {
									en: 'Most AI is software with no body. It can do some tasks that require intelligence, but it doesn’t think or feel like a person, and the word “smart” in an ad isn’t evidence.',
									es: 'La mayor parte de la IA es software sin cuerpo. Puede hacer algunas tareas que requieren inteligencia, pero no piensa ni siente como una persona, y la palabra “inteligente” en un anuncio no es una prueba.'
								}
							}
						],
						teacherNotes: {
							en: 'Allow about 4 minutes. Students answer individually. Afterward, ask which distractor was most tempting and why; it usually reveals the “sensor = AI” or “smart = AI” misconception.',
							es: 'Dedique unos 4 minutos. Responden de forma individual. Después, pregunte qué opción incorrecta tentaba más y por qué; suele revelar la idea errónea de “sensor = IA” o “inteligente = IA”.'
						}
					},
					{
						kind: 'slide',
						id: 'why-it-matters',
						title: { en: 'Why the definition matters', es: 'Por qué importa la definición' },
						body: [
							{
								en: 'When you know something uses AI, you can ask better questions: What data did it learn from? How often is it wrong? Who is affected when it makes a mistake?',
								es: 'Cuando sabes que algo usa IA, puedes hacer mejores preguntas: ¿De qué datos aprendió? ¿Con qué frecuencia se equivoca? ¿A quién afecta cuando comete un error?'
							},
							{
								en: 'A calculator gives the same correct answer every time. An AI system makes predictions, and predictions can be wrong—sometimes more often for some groups of people than for others.',
								es: 'Una calculadora da siempre la misma respuesta correcta. Un sistema de IA hace predicciones, y las predicciones pueden fallar, a veces más para unos grupos de personas que para otros.'
							},
							{
								en: 'Next lesson, you’ll look inside: how does a system learn from data instead of following rules?',
								es: 'En la próxima lección mirarás por dentro: ¿cómo aprende un sistema a partir de datos en lugar de seguir reglas?'
							}
						],
						teacherNotes: {
							en: 'Allow about 2 minutes. Preview the next lesson. If time allows, ask: “Which of today’s AI examples would cause the biggest problem if it were wrong?”',
							es: 'Dedique unos 2 minutos. Anticipe la próxima lección. Si hay tiempo, pregunte: “¿Cuál de los ejemplos de IA de hoy causaría el mayor problema si se equivocara?”.'
						}
					},
					{
						kind: 'reflect',
						id: 'revise-definition',
						prompt: {
							en: 'Look at the definition of AI you wrote at the start. Rewrite it using what you learned today, and name one technology your new definition classifies correctly.',
							es: 'Mira la definición de IA que escribiste al principio. Reescríbela con lo que aprendiste hoy y nombra una tecnología que tu nueva definición clasifique correctamente.'
						},
						teacherNotes: {
							en: 'Allow about 4 minutes. Collect these as an exit ticket. Strong answers mention tasks that need intelligence (perception, language, decisions) or learning from data, and separate AI from fixed rules.',
							es: 'Dedique unos 4 minutos. Recójalas como tarjeta de salida. Las buenas respuestas mencionan tareas que requieren inteligencia (percepción, lenguaje, decisiones) o el aprendizaje a partir de datos, y separan la IA de las reglas fijas.'
						}
					}
				],
				guide: {
					preparation: [
						{
							en: 'Play through the 12-item “AI or not?” activity once and read the explanations for the tricky cases: thermostat schedule, autocorrect keyboard, chess computer and spam filter.',
							es: 'Haga una vez la actividad “¿IA o no?” de 12 tecnologías y lea las explicaciones de los casos difíciles: termostato con horario, teclado con autocorrector, computadora de ajedrez y filtro de spam.'
						},
						{
							en: 'Write the evidence questions on chart paper or the board so students can refer to them while sorting.',
							es: 'Escriba las preguntas de evidencia en papel grande o en la pizarra para que los estudiantes las consulten mientras clasifican.'
						},
						{
							en: 'For the paper version, print the 12 cards: calculator, spam filter, thermostat schedule, voice assistant, traffic light timer, autocorrect keyboard, photo face finder, vending machine, chess computer, handwriting recognition, automatic door, music recommender.',
							es: 'Para la versión en papel, imprima las 12 tarjetas: calculadora, filtro de spam, termostato con horario, asistente de voz, semáforo con temporizador, teclado con autocorrector, buscador de caras en fotos, máquina expendedora, computadora de ajedrez, reconocimiento de escritura a mano, puerta automática, recomendador de música.'
						},
						{
							en: 'Plan pairs so that each includes a confident reader.',
							es: 'Organice las parejas de modo que en cada una haya alguien que lea con soltura.'
						}
					],
					timing: [
						{
							minutes: 3,
							activity: {
								en: 'Hook: what does “smart” really mean?',
								es: 'Inicio: ¿qué significa de verdad “inteligente”?'
							}
						},
						{
							minutes: 5,
							activity: {
								en: 'Write and compare first definitions',
								es: 'Escribir y comparar las primeras definiciones'
							}
						},
						{
							minutes: 9,
							activity: {
								en: 'A working definition and the evidence questions',
								es: 'Una definición de trabajo y las preguntas de evidencia'
							}
						},
						{
							minutes: 10,
							activity: {
								en: '“AI or not?” with twelve cases',
								es: '“¿IA o no?” con doce casos'
							}
						},
						{
							minutes: 8,
							activity: {
								en: 'Edge-case debate; sensing versus perceiving',
								es: 'Debate sobre casos límite; detectar frente a percibir'
							}
						},
						{
							minutes: 4,
							activity: {
								en: 'Quiz: check your understanding',
								es: 'Prueba: comprueba lo que aprendiste'
							}
						},
						{
							minutes: 6,
							activity: {
								en: 'Why the definition matters; revise your definition',
								es: 'Por qué importa la definición; revisar tu definición'
							}
						}
					],
					misconceptions: [
						{
							misconception: { en: 'AI means robots.', es: 'IA significa robots.' },
							response: {
								en: 'Most AI is software running on phones, computers or servers. Many robots, like a factory arm repeating the same motion, don’t use AI at all.',
								es: 'La mayor parte de la IA es software que funciona en teléfonos, computadoras o servidores. Muchos robots, como un brazo de fábrica que repite el mismo movimiento, no usan IA en absoluto.'
							}
						},
						{
							misconception: {
								en: 'Anything automatic or equipped with a sensor is AI.',
								es: 'Todo lo que es automático o tiene un sensor es IA.'
							},
							response: {
								en: 'Automation follows fixed rules someone wrote, and a sensor only measures. AI is involved when a system interprets complex data, makes predictions or learns from data.',
								es: 'La automatización sigue reglas fijas que alguien escribió, y un sensor solo mide. Hay IA cuando un sistema interpreta datos complejos, hace predicciones o aprende de datos.'
							}
						},
						{
							misconception: {
								en: 'AI understands the world the way people do.',
								es: 'La IA entiende el mundo igual que las personas.'
							},
							response: {
								en: 'AI systems find statistical patterns in data. They can be very capable at some tasks yet fail in ways no person would, because they don’t experience the world as we do.',
								es: 'Los sistemas de IA encuentran patrones estadísticos en los datos. Pueden ser muy capaces en algunas tareas y aun así fallar de maneras en que ninguna persona fallaría, porque no experimentan el mundo como nosotros.'
							}
						}
					],
					differentiation: {
						support: [
							{
								en: 'Offer a sentence frame: “___ uses / doesn’t use AI because it ___ (interprets / predicts / learns / follows a fixed rule).”',
								es: 'Ofrezca un marco de oración: “___ usa / no usa IA porque ___ (interpreta / predice / aprende / sigue una regla fija)”.'
							},
							{
								en: 'Let pairs pause after six technologies to check their reasoning with you before continuing.',
								es: 'Permita que las parejas se detengan después de seis tecnologías para revisar su razonamiento con usted antes de seguir.'
							},
							{
								en: 'Pre-teach “sensor”, “automation” and “perception” with a quick gesture or sketch for each.',
								es: 'Enseñe antes “sensor”, “automatización” y “percepción” con un gesto o un dibujo rápido para cada una.'
							}
						],
						extension: [
							{
								en: 'Students design a non-AI and an AI version of the same device (such as a lamp or a door) and describe exactly what changes.',
								es: 'Los estudiantes diseñan una versión sin IA y otra con IA del mismo aparato (por ejemplo, una lámpara o una puerta) y describen exactamente qué cambia.'
							},
							{
								en: 'Debate: is a chess program that only searches possible moves, without ever learning, still AI? Students argue both sides using the working definition.',
								es: 'Debate: un programa de ajedrez que solo busca entre jugadas posibles, sin aprender nunca, ¿sigue siendo IA? Los estudiantes defienden ambas posturas usando la definición de trabajo.'
							},
							{
								en: 'Students investigate how a technology they use every day works and decide, with cited evidence, whether it uses AI.',
								es: 'Los estudiantes investigan cómo funciona una tecnología que usan a diario y deciden, citando evidencia, si usa IA.'
							}
						]
					},
					unplugged: [
						{
							en: 'Print the 12 cards and a two-column mat for each group of 3 or 4; groups sort the cards and write one piece of evidence on each.',
							es: 'Imprima las 12 tarjetas y un tapete de dos columnas para cada grupo de 3 o 4; los grupos clasifican las tarjetas y escriben una evidencia en cada una.'
						},
						{
							en: 'Reveal the answers from your notes, pausing on the tricky cases. Uses AI: spam filter, voice assistant, autocorrect keyboard, photo face finder, chess computer, handwriting recognition, music recommender. Doesn’t use AI: calculator, thermostat schedule, traffic light timer, vending machine, automatic door.',
							es: 'Revele las respuestas desde sus notas, deteniéndose en los casos difíciles. Usan IA: filtro de spam, asistente de voz, teclado con autocorrector, buscador de caras en fotos, computadora de ajedrez, reconocimiento de escritura a mano, recomendador de música. No usan IA: calculadora, termostato con horario, semáforo con temporizador, máquina expendedora, puerta automática.'
						},
						{
							en: 'Run a gallery walk: groups leave their sorted mats on their desks, visit other groups and mark disagreements with sticky notes.',
							es: 'Haga un recorrido por la galería: los grupos dejan sus tapetes clasificados en las mesas, visitan los de otros grupos y marcan los desacuerdos con notas adhesivas.'
						},
						{
							en: 'Play “Rule or AI?”: read short descriptions of devices aloud; students stand up for AI and stay seated for rule-following automation, then justify their choice.',
							es: 'Jueguen a “¿Regla o IA?”: lea en voz alta descripciones breves de aparatos; los estudiantes se ponen de pie si es IA y se quedan sentados si es automatización que sigue reglas, y luego justifican su elección.'
						},
						{
							en: 'Students write both definitions and the exit ticket on index cards; read the quiz aloud and have them answer on paper.',
							es: 'Los estudiantes escriben ambas definiciones y la tarjeta de salida en fichas; lea la prueba en voz alta y que respondan en papel.'
						}
					]
				}
			},
			{
				slug: 'rules-vs-learning',
				title: { en: 'Rules vs. Learning', es: 'Reglas frente a aprendizaje' },
				summary: {
					en: 'Students try writing rules for a messy task, compare rule-based systems with machine learning, act as a human spam filter trained on labeled examples, and examine how training data shapes who an AI system works well for.',
					es: 'Los estudiantes intentan escribir reglas para una tarea complicada, comparan los sistemas basados en reglas con el aprendizaje automático, hacen de filtro de spam humano entrenado con ejemplos etiquetados y analizan cómo los datos de entrenamiento determinan para quién funciona bien un sistema de IA.'
				},
				minutes: 45,
				objectives: [
					{
						en: 'Compare rule-based systems with machine learning systems, including the strengths and limits of each.',
						es: 'Comparar los sistemas basados en reglas con los de aprendizaje automático, incluidas las ventajas y los límites de cada uno.'
					},
					{
						en: 'Describe the machine learning process: training data, patterns, model and predictions.',
						es: 'Describir el proceso del aprendizaje automático: datos de entrenamiento, patrones, modelo y predicciones.'
					},
					{
						en: 'Explain how gaps in training data can cause errors that affect some people more than others, and identify who decides how AI is used.',
						es: 'Explicar cómo los vacíos en los datos de entrenamiento pueden causar errores que afectan a unas personas más que a otras, e identificar quién decide cómo se usa la IA.'
					}
				],
				vocabulary: [
					{
						term: { en: 'rule-based system', es: 'sistema basado en reglas' },
						definition: {
							en: 'A program that follows if-then rules written by people, such as “if it is 6:30 a.m. on a weekday, turn on the heat.”',
							es: 'Un programa que sigue reglas del tipo “si…, entonces…” escritas por personas, como “si son las 6:30 de un día laborable, enciende la calefacción”.'
						}
					},
					{
						term: { en: 'training data', es: 'datos de entrenamiento' },
						definition: {
							en: 'The collection of examples a machine learning system learns from, often with labels that give the right answer.',
							es: 'El conjunto de ejemplos del que aprende un sistema de aprendizaje automático, a menudo con etiquetas que indican la respuesta correcta.'
						}
					},
					{
						term: { en: 'label', es: 'etiqueta' },
						definition: {
							en: 'The answer attached to a training example, such as “spam” or “not spam”.',
							es: 'La respuesta asociada a un ejemplo de entrenamiento, como “spam” o “no spam”.'
						}
					},
					{
						term: { en: 'model', es: 'modelo' },
						definition: {
							en: 'What a machine learning system produces by training: the learned patterns it uses to make predictions about new data.',
							es: 'Lo que produce un sistema de aprendizaje automático al entrenarse: los patrones aprendidos que usa para hacer predicciones sobre datos nuevos.'
						}
					},
					{
						term: { en: 'prediction', es: 'predicción' },
						definition: {
							en: 'A model’s best guess about new data, often with a confidence score. Predictions can be wrong.',
							es: 'La mejor estimación de un modelo sobre datos nuevos, a menudo con un nivel de confianza. Las predicciones pueden fallar.'
						}
					},
					{
						term: { en: 'bias', es: 'sesgo' },
						definition: {
							en: 'When a system’s errors fall consistently more on some groups or cases than on others, often because of gaps in its training data.',
							es: 'Cuando los errores de un sistema recaen de forma constante más en unos grupos o casos que en otros, a menudo por vacíos en sus datos de entrenamiento.'
						}
					}
				],
				materials: [
					{
						en: 'Devices are optional in this lesson; one projected screen is enough',
						es: 'En esta lección los dispositivos son opcionales; basta con una pantalla proyectada'
					},
					{
						en: 'The training and test messages for the spam filter game (in the presenter notes), written on the board or printed as a handout',
						es: 'Los mensajes de entrenamiento y de prueba del juego del filtro de spam (en las notas de presentación), escritos en la pizarra o impresos en una hoja'
					},
					{
						en: 'Notebook paper for students to write down their “model”',
						es: 'Hojas de cuaderno para que los estudiantes anoten su “modelo”'
					},
					{
						en: 'Chart paper for group discussions and sticky notes or index cards for the reflection',
						es: 'Papel grande para las discusiones en grupo y notas adhesivas o fichas para la reflexión'
					}
				],
				steps: [
					{
						kind: 'slide',
						id: 'hook',
						title: { en: 'Write a rule for “cat”', es: 'Escribe una regla para “gato”' },
						body: [
							{
								en: 'Imagine programming a computer to decide whether a photo shows a cat. Try writing the rules: “If it has pointy ears and whiskers, then…”',
								es: 'Imagina que programas una computadora para decidir si una foto muestra un gato. Intenta escribir las reglas: “Si tiene orejas puntiagudas y bigotes, entonces…”'
							},
							{
								en: 'But what about a cat seen from behind? A cat curled into a ball? A fox, which also has pointy ears? Every rule seems to need another rule.',
								es: 'Pero ¿y un gato visto de espaldas? ¿Un gato hecho un ovillo? ¿Un zorro, que también tiene orejas puntiagudas? Cada regla parece necesitar otra regla.'
							},
							{
								en: 'Today: two ways to get a computer to do a task—writing the rules yourself, or letting it learn from examples.',
								es: 'Hoy veremos dos maneras de lograr que una computadora haga una tarea: escribir tú mismo las reglas o dejar que aprenda de ejemplos.'
							}
						],
						teacherNotes: {
							en: 'Allow about 3 minutes. Give students 60 seconds to write one rule, then challenge a few rules with counterexamples. The goal is to feel how hard it is to hand-write rules for messy, real-world tasks.',
							es: 'Dedique unos 3 minutos. Dé 60 segundos para que escriban una regla y luego rebata algunas con contraejemplos. El objetivo es que sientan lo difícil que es escribir a mano reglas para tareas desordenadas del mundo real.'
						}
					},
					{
						kind: 'discuss',
						id: 'rule-challenge',
						prompt: {
							en: 'With a partner, write three rules a computer could use to decide whether an email is junk. Then try to find a message that breaks each rule.',
							es: 'Con un compañero, escribe tres reglas que una computadora podría usar para decidir si un correo es basura. Luego intenta encontrar un mensaje que rompa cada regla.'
						},
						teacherNotes: {
							en: 'Allow about 4 minutes. Typical rules: “contains the word FREE”, “has lots of exclamation marks”, “comes from an unknown sender”. Counterexamples: a real school message about a free event; an excited message from a friend; a first message from a new coach. Conclude: rules are clear and predictable, but they break easily when the world is messy.',
							es: 'Dedique unos 4 minutos. Reglas típicas: “contiene la palabra GRATIS”, “tiene muchos signos de exclamación”, “viene de un remitente desconocido”. Contraejemplos: un mensaje real de la escuela sobre un evento gratuito; un mensaje entusiasta de un amigo; el primer mensaje de un nuevo entrenador. Conclusión: las reglas son claras y predecibles, pero se rompen fácilmente cuando el mundo es desordenado.'
						}
					},
					{
						kind: 'slide',
						id: 'rule-based',
						title: {
							en: 'Approach 1: Rule-based systems',
							es: 'Enfoque 1: sistemas basados en reglas'
						},
						body: [
							{
								en: 'In a rule-based system, people write every instruction: “If X, then do Y.” A thermostat schedule, a traffic light timer and a calculator all work this way.',
								es: 'En un sistema basado en reglas, las personas escriben cada instrucción: “Si pasa X, haz Y”. Un termostato con horario, un semáforo con temporizador y una calculadora funcionan así.'
							},
							{
								en: 'Strengths: predictable, easy to check and easy to explain. When it makes a mistake, you can find the rule that caused it.',
								es: 'Ventajas: es predecible, fácil de revisar y fácil de explicar. Cuando se equivoca, puedes encontrar la regla que causó el error.'
							},
							{
								en: 'Limits: someone has to think of every case in advance. For tasks like recognizing speech or faces, there are far too many cases to write by hand.',
								es: 'Límites: alguien tiene que pensar de antemano en cada caso. Para tareas como reconocer voces o caras, hay demasiados casos para escribirlos a mano.'
							}
						],
						teacherNotes: {
							en: 'Allow about 3 minutes. Clarify that following rules doesn’t automatically mean “not AI”. Some early AI systems reasoned with large sets of rules written by experts, and a chess computer follows the rules of the game while searching for good moves. Today’s key difference is whether a system’s behavior was learned from data.',
							es: 'Dedique unos 3 minutos. Aclare que seguir reglas no significa automáticamente “no es IA”. Algunos de los primeros sistemas de IA razonaban con grandes conjuntos de reglas escritas por expertos, y una computadora de ajedrez sigue las reglas del juego mientras busca buenas jugadas. La diferencia clave de hoy es si el comportamiento de un sistema se aprendió a partir de datos.'
						}
					},
					{
						kind: 'slide',
						id: 'machine-learning',
						title: { en: 'Approach 2: Machine learning', es: 'Enfoque 2: aprendizaje automático' },
						body: [
							{
								en: '1. Collect training data: many examples, each with a label, such as thousands of emails marked “spam” or “not spam”.',
								es: '1. Reunir datos de entrenamiento: muchos ejemplos, cada uno con una etiqueta, como miles de correos marcados como “spam” o “no spam”.'
							},
							{
								en: '2. Train: an algorithm searches the data for patterns that separate the labels. The result is a model.',
								es: '2. Entrenar: un algoritmo busca en los datos patrones que separen las etiquetas. El resultado es un modelo.'
							},
							{
								en: '3. Predict: the model looks at new data it has never seen and makes a prediction, often with a confidence score, such as “92% likely to be spam”.',
								es: '3. Predecir: el modelo examina datos nuevos que nunca ha visto y hace una predicción, a menudo con un nivel de confianza, como “92 % de probabilidad de ser spam”.'
							},
							{
								en: '4. Test and improve: people check predictions on new examples, find the errors and adjust the data or the model.',
								es: '4. Probar y mejorar: las personas revisan las predicciones con ejemplos nuevos, encuentran los errores y ajustan los datos o el modelo.'
							}
						],
						teacherNotes: {
							en: 'Allow about 4 minutes. Draw the pipeline on the board: Training data → Train → Model → Prediction. Emphasize that nobody writes the rule “FREE means spam”; the model discovers which patterns tend to go with each label. Ask: “What happens if the training data is old, small or one-sided?”',
							es: 'Dedique unos 4 minutos. Dibuje el proceso en la pizarra: Datos de entrenamiento → Entrenar → Modelo → Predicción. Subraye que nadie escribe la regla “GRATIS significa spam”; el modelo descubre qué patrones suelen acompañar a cada etiqueta. Pregunte: “¿Qué pasa si los datos de entrenamiento son antiguos, pocos o parciales?”.'
						}
					},
					{
						kind: 'slide',
						id: 'human-spam-filter',
						title: { en: 'Game: Be the spam filter', es: 'Juego: sé el filtro de spam' },
						body: [
							{
								en: 'You are a machine learning model. First, study the labeled training data: message subject lines marked “spam” or “not spam”.',
								es: 'Eres un modelo de aprendizaje automático. Primero, estudia los datos de entrenamiento etiquetados: asuntos de mensajes marcados como “spam” o “no spam”.'
							},
							{
								en: 'Write down the patterns you notice. That list is your model.',
								es: 'Anota los patrones que notes. Esa lista es tu modelo.'
							},
							{
								en: 'Then use only your model to predict labels for new messages, and keep track of how accurate you are.',
								es: 'Después usa solo tu modelo para predecir las etiquetas de mensajes nuevos, y lleva la cuenta de cuántos aciertas.'
							}
						],
						teacherNotes: {
							en: 'Allow about 9 minutes. Show the TRAINING set. Spam: “WIN a FREE phone!!! Click now”, “You are our lucky winner, claim your prize”, “Cheap watches, limited offer!!!”, “URGENT: your account will be closed, send your password”. Not spam: “Math homework due Thursday”, “Soccer practice moved to 4 pm”, “Photos from Grandma’s birthday”, “Science fair sign-up sheet”. Give pairs 3 minutes to write their model (patterns such as prize words, urgency, ALL CAPS, “!!!”, requests for passwords). Then read the TEST set one message at a time and have students vote: “Free pizza at the book club meeting Friday!” (not spam, but many models will flag it), “Congratulations, you have been selected for a gift card” (spam, with no capitals or exclamation marks), “Library books due next week” (not spam). Keep score on the board.',
							es: 'Dedique unos 9 minutos. Muestre el conjunto de ENTRENAMIENTO. Spam: “¡¡¡GANA un teléfono GRATIS!!! Haz clic ya”, “Eres nuestro ganador de la suerte, reclama tu premio”, “¡¡¡Relojes baratos, oferta limitada!!!”, “URGENTE: tu cuenta será cerrada, envía tu contraseña”. No spam: “Tarea de matemáticas para el jueves”, “El entrenamiento de fútbol pasa a las 4 de la tarde”, “Fotos del cumpleaños de la abuela”, “Hoja de inscripción para la feria de ciencias”. Dé 3 minutos a las parejas para escribir su modelo (patrones como palabras de premios, urgencia, MAYÚSCULAS, “!!!”, pedidos de contraseñas). Luego lea el conjunto de PRUEBA mensaje por mensaje y que la clase vote: “¡Pizza gratis en la reunión del club de lectura el viernes!” (no es spam, pero muchos modelos lo marcarán), “Felicidades, has sido seleccionado para recibir una tarjeta de regalo” (es spam, sin mayúsculas ni exclamaciones), “Los libros de la biblioteca vencen la próxima semana” (no es spam). Lleve la cuenta en la pizarra.'
						}
					},
					{
						kind: 'discuss',
						id: 'game-debrief',
						prompt: {
							en: 'Which test messages did your model get wrong? Why did your patterns fail, and what new training examples would have helped?',
							es: '¿Qué mensajes de prueba clasificó mal tu modelo? ¿Por qué fallaron tus patrones y qué ejemplos de entrenamiento nuevos te habrían ayudado?'
						},
						teacherNotes: {
							en: 'Allow about 4 minutes. Draw out two kinds of errors: a false positive (the real book club message flagged as spam) and a false negative (the polite gift card scam that slipped through). The model only “knew” the patterns in eight training examples. More varied examples help, which is why real filters are trained on huge numbers of messages and updated when people mark mistakes.',
							es: 'Dedique unos 4 minutos. Destaque dos tipos de error: un falso positivo (el mensaje real del club de lectura marcado como spam) y un falso negativo (la estafa educada de la tarjeta de regalo que se coló). El modelo solo “conocía” los patrones de ocho ejemplos de entrenamiento. Los ejemplos más variados ayudan; por eso los filtros reales se entrenan con enormes cantidades de mensajes y se actualizan cuando la gente marca los errores.'
						}
					},
					{
						kind: 'slide',
						id: 'data-shapes-ai',
						title: {
							en: 'AI reflects its training data',
							es: 'La IA refleja sus datos de entrenamiento'
						},
						body: [
							{
								en: 'A model can only learn patterns that are in its training data. If some kinds of examples are missing or rare, the model will usually make more mistakes on them.',
								es: 'Un modelo solo puede aprender los patrones que hay en sus datos de entrenamiento. Si algunos tipos de ejemplos faltan o son escasos, el modelo suele equivocarse más con ellos.'
							},
							{
								en: 'Researchers who tested several face analysis systems found much higher error rates for women with darker skin than for men with lighter skin, partly because the data used to build and test them didn’t include enough diverse faces.',
								es: 'Investigadores que pusieron a prueba varios sistemas de análisis facial encontraron tasas de error mucho más altas en mujeres de piel oscura que en hombres de piel clara, en parte porque los datos usados para construirlos y probarlos no incluían suficiente diversidad de rostros.'
							},
							{
								en: 'When AI is used for important decisions, those errors affect real people: someone might not be recognized, might be flagged unfairly or might miss out on an opportunity.',
								es: 'Cuando la IA se usa para decisiones importantes, esos errores afectan a personas reales: alguien podría no ser reconocido, ser señalado injustamente o perder una oportunidad.'
							},
							{
								en: 'People decide what data to collect, how to test a system and whether it should be used at all.',
								es: 'Las personas deciden qué datos reunir, cómo probar un sistema y si debe usarse o no.'
							}
						],
						teacherNotes: {
							en: 'Allow about 4 minutes. Keep the focus on systems, not on blaming individuals. Ask: “Who should test an AI system before it is used in a school, a hospital or a store?” Note that after these problems were published, several of those systems were improved, which shows why testing with diverse data and speaking up both matter.',
							es: 'Dedique unos 4 minutos. Centre la conversación en los sistemas, no en culpar a personas concretas. Pregunte: “¿Quién debería probar un sistema de IA antes de usarlo en una escuela, un hospital o una tienda?”. Comente que, después de que se publicaran estos problemas, varios de esos sistemas mejoraron, lo que muestra por qué importan tanto las pruebas con datos diversos como alzar la voz.'
						}
					},
					{
						kind: 'discuss',
						id: 'who-is-affected',
						prompt: {
							en: 'Pick one AI system from this unit, such as a spam filter, a voice assistant or a face finder. Who benefits when it works? Who is affected when it’s wrong, and what should people do about it?',
							es: 'Elige un sistema de IA de esta unidad, como un filtro de spam, un asistente de voz o un buscador de caras. ¿Quién se beneficia cuando funciona? ¿A quién afecta cuando se equivoca y qué deberían hacer las personas al respecto?'
						},
						teacherNotes: {
							en: 'Allow about 4 minutes. Small groups of 3 or 4, then a quick share-out. Push beyond “it’s annoying”: a voice assistant that struggles with some accents leaves those speakers out; a spam filter that hides a real message could mean a missed job offer or school notice. Look for solutions such as testing with many kinds of users, letting people report mistakes and keeping a person in charge of important decisions.',
							es: 'Dedique unos 4 minutos. Grupos pequeños de 3 o 4 y luego una puesta en común breve. Vaya más allá de “es molesto”: un asistente de voz al que le cuestan algunos acentos deja fuera a esas personas; un filtro de spam que esconde un mensaje real puede hacer perder una oferta de trabajo o un aviso de la escuela. Busque soluciones como probar con muchos tipos de usuarios, permitir que la gente informe de errores y mantener a una persona a cargo de las decisiones importantes.'
						}
					},
					{
						kind: 'quiz',
						id: 'rules-learning-check',
						title: { en: 'Rules, data and predictions', es: 'Reglas, datos y predicciones' },
						questions: [
							{
								id: 'main-difference',
								prompt: {
									en: 'What is the main difference between a rule-based system and a machine learning system?',
									es: '¿Cuál es la principal diferencia entre un sistema basado en reglas y uno de aprendizaje automático?'
								},
								choices: [
									{
										id: 'no-computers',
										text: {
											en: 'Rule-based systems use computers; machine learning systems don’t',
											es: 'Los sistemas basados en reglas usan computadoras; los de aprendizaje automático no'
										}
									},
									{
										id: 'who-writes-rules',
										text: {
											en: 'In a rule-based system people write the rules; in machine learning the system finds patterns in training data',
											es: 'En un sistema basado en reglas las personas escriben las reglas; en el aprendizaje automático el sistema encuentra patrones en los datos de entrenamiento'
										}
									},
									{
										id: 'never-wrong',
										text: {
											en: 'Machine learning systems never make mistakes',
											es: 'Los sistemas de aprendizaje automático nunca se equivocan'
										}
									},
									{
										id: 'rules-learn',
										text: {
											en: 'Rule-based systems learn from new data, but machine learning systems can’t',
											es: 'Los sistemas basados en reglas aprenden de datos nuevos, pero los de aprendizaje automático no'
										}
									}
								],
								answer: 'who-writes-rules',
								explanation: {
									en: 'Both run on computers, and both can make mistakes. The difference is where the behavior comes from: rules written by hand, or patterns learned from examples.',
									es: 'Ambos funcionan en computadoras y ambos pueden equivocarse. La diferencia está en el origen de su comportamiento: reglas escritas a mano o patrones aprendidos de ejemplos.'
								}
							},
							{
								id: 'missing-language',
								prompt: {
									en: 'A spam filter was trained only on messages written in English. Then it receives spam written in Spanish. What is most likely?',
									es: 'Un filtro de spam se entrenó solo con mensajes en inglés. Luego recibe spam escrito en español. ¿Qué es lo más probable?'
								},
								choices: [
									{
										id: 'just-as-well',
										text: {
											en: 'It will catch the Spanish spam just as well as the English spam',
											es: 'Detectará el spam en español igual de bien que el spam en inglés'
										}
									},
									{
										id: 'teaches-itself',
										text: {
											en: 'It will teach itself Spanish before checking the messages',
											es: 'Aprenderá español por su cuenta antes de revisar los mensajes'
										}
									},
									{
										id: 'more-mistakes',
										text: {
											en: 'It is more likely to make mistakes, because its training data had no Spanish examples',
											es: 'Es más probable que se equivoque, porque sus datos de entrenamiento no tenían ejemplos en español'
										}
									}
								],
								answer: 'more-mistakes',
								explanation: {
									en: 'A model can only use the patterns it learned. Messages unlike anything in the training data are more likely to be misclassified. Adding labeled Spanish examples and retraining would help.',
									es: 'Un modelo solo puede usar los patrones que aprendió. Los mensajes muy distintos a los datos de entrenamiento tienen más probabilidades de clasificarse mal. Agregar ejemplos etiquetados en español y volver a entrenarlo ayudaría.'
								}
							},
							{
								id: 'responsible-step',
								prompt: {
									en: 'A face finder works well for most people in a test but often misses the faces of people with darker skin. What is the most responsible next step?',
									es: 'Un buscador de caras funciona bien con la mayoría de las personas en una prueba, pero a menudo no detecta las caras de personas de piel oscura. ¿Cuál es el siguiente paso más responsable?'
								},
								choices: [
									{
										id: 'improve-and-limit',
										text: {
											en: 'Improve the training data, test with more diverse faces, and hold off on using it until it works fairly',
											es: 'Mejorar los datos de entrenamiento, probarlo con rostros más diversos y esperar a usarlo hasta que funcione de forma justa'
										}
									},
									{
										id: 'keep-using',
										text: {
											en: 'Keep using it, since it works for most people',
											es: 'Seguir usándolo, ya que funciona con la mayoría de las personas'
										}
									},
									{
										id: 'brighter-light',
										text: {
											en: 'Ask the people it misses to stand in brighter light',
											es: 'Pedir a las personas que no detecta que se pongan bajo una luz más fuerte'
										}
									},
									{
										id: 'neutral',
										text: {
											en: 'Nothing—computers are neutral, so the results must be fair',
											es: 'Nada: las computadoras son neutrales, así que los resultados tienen que ser justos'
										}
									}
								],
								answer: 'improve-and-limit',
								explanation: {
									en: '“Works for most people” isn’t good enough when the errors fall on one group. A system reflects the data and choices behind it, so the fix belongs to the people who build it, and they can decide not to use it until it’s ready.',
									es: '“Funciona con la mayoría” no basta cuando los errores recaen en un grupo. Un sistema refleja los datos y las decisiones que hay detrás, así que corregirlo les corresponde a quienes lo construyen, y pueden decidir no usarlo hasta que esté listo.'
								}
							},
							{
								id: 'best-guess-term',
								prompt: {
									en: 'What do we call a model’s best guess about new data it hasn’t seen before?',
									es: '¿Cómo se llama la mejor estimación de un modelo sobre datos nuevos que no ha visto antes?'
								},
								choices: [
									{ id: 'label', text: { en: 'A label', es: 'Una etiqueta' } },
									{
										id: 'training-data',
										text: { en: 'Training data', es: 'Datos de entrenamiento' }
									},
									{ id: 'prediction', text: { en: 'A prediction', es: 'Una predicción' } }
								],
								answer: 'prediction',
								explanation: {
									en: 'A prediction is the model’s output for new data. Labels are the answers attached to training examples, and training data is what the model learned from.',
									es: 'Una predicción es el resultado del modelo para datos nuevos. Las etiquetas son las respuestas de los ejemplos de entrenamiento, y los datos de entrenamiento son aquello de lo que aprendió el modelo.'
								}
							}
						],
						teacherNotes: {
							en: 'Allow about 4 minutes. Students answer individually. For the face finder question, connect the explanation back to the research on the previous slide.',
							es: 'Dedique unos 4 minutos. Responden de forma individual. En la pregunta del buscador de caras, relacione la explicación con la investigación de la diapositiva anterior.'
						}
					},
					{
						kind: 'slide',
						id: 'wrap-up',
						title: { en: 'Rules, learning and people', es: 'Reglas, aprendizaje y personas' },
						body: [
							{
								en: 'Rule-based systems do exactly what people told them. Machine learning systems do what their training data taught them, gaps included.',
								es: 'Los sistemas basados en reglas hacen exactamente lo que las personas les indicaron. Los de aprendizaje automático hacen lo que les enseñaron sus datos de entrenamiento, con vacíos incluidos.'
							},
							{
								en: 'Either way, people are responsible: they write the rules, choose the data, test the results and decide where AI belongs.',
								es: 'En ambos casos, las responsables son las personas: escriben las reglas, eligen los datos, prueban los resultados y deciden dónde tiene sentido usar la IA.'
							}
						],
						teacherNotes: {
							en: 'Allow about 2 minutes. Revisit the cat rules from the start: machine learning is a big reason computers can now recognize cats, voices and handwriting, tasks that hand-written rules handled poorly.',
							es: 'Dedique unos 2 minutos. Vuelva a las reglas del gato del principio: el aprendizaje automático es una de las grandes razones por las que las computadoras ahora reconocen gatos, voces y escritura a mano, tareas que las reglas escritas a mano resolvían mal.'
						}
					},
					{
						kind: 'reflect',
						id: 'exit-reflection',
						prompt: {
							en: 'Describe an AI system you would want to build. What training data would it need, who could be affected if its predictions were wrong, and how would you test it?',
							es: 'Describe un sistema de IA que te gustaría construir. ¿Qué datos de entrenamiento necesitaría, a quién podría afectar si sus predicciones fallaran y cómo lo probarías?'
						},
						teacherNotes: {
							en: 'Allow about 4 minutes. Look for specific, varied training data, at least one group of people who could be affected and a concrete test plan.',
							es: 'Dedique unos 4 minutos. Fíjese en que mencionen datos de entrenamiento concretos y variados, al menos un grupo de personas que podría verse afectado y un plan de prueba concreto.'
						}
					}
				],
				guide: {
					preparation: [
						{
							en: 'Copy the training and test subject lines from the presenter notes of “Be the spam filter” onto the board, a slide or a handout; keep the test set hidden until the game.',
							es: 'Copie los asuntos de entrenamiento y de prueba de las notas de “Sé el filtro de spam” en la pizarra, una diapositiva o una hoja; mantenga oculto el conjunto de prueba hasta el juego.'
						},
						{
							en: 'Draw the pipeline on the board: Training data → Train → Model → Prediction.',
							es: 'Dibuje el proceso en la pizarra: Datos de entrenamiento → Entrenar → Modelo → Predicción.'
						},
						{
							en: 'Read the “AI reflects its training data” slide ahead of time and plan how you will keep the conversation respectful and focused on systems rather than individuals.',
							es: 'Lea con antelación la diapositiva “La IA refleja sus datos de entrenamiento” y planifique cómo mantener una conversación respetuosa y centrada en los sistemas, no en personas concretas.'
						},
						{
							en: 'Arrange groups of 3 or 4 for the “who is affected” discussion.',
							es: 'Organice grupos de 3 o 4 para la discusión sobre a quién afecta.'
						}
					],
					timing: [
						{
							minutes: 3,
							activity: {
								en: 'Hook: write a rule for “cat”',
								es: 'Inicio: escribe una regla para “gato”'
							}
						},
						{
							minutes: 4,
							activity: {
								en: 'Partner challenge: rules for junk email',
								es: 'Desafío en parejas: reglas para el correo basura'
							}
						},
						{
							minutes: 7,
							activity: {
								en: 'Rule-based systems versus machine learning',
								es: 'Sistemas basados en reglas frente a aprendizaje automático'
							}
						},
						{
							minutes: 9,
							activity: { en: '“Be the spam filter” game', es: 'Juego “Sé el filtro de spam”' }
						},
						{
							minutes: 4,
							activity: {
								en: 'Debrief: errors and better data',
								es: 'Puesta en común: errores y mejores datos'
							}
						},
						{
							minutes: 8,
							activity: {
								en: 'AI reflects its training data; who is affected?',
								es: 'La IA refleja sus datos de entrenamiento; ¿a quién afecta?'
							}
						},
						{
							minutes: 4,
							activity: {
								en: 'Quiz: rules, data and predictions',
								es: 'Prueba: reglas, datos y predicciones'
							}
						},
						{
							minutes: 6,
							activity: { en: 'Wrap-up and reflection', es: 'Cierre y reflexión' }
						}
					],
					misconceptions: [
						{
							misconception: {
								en: 'Computers are objective, so AI decisions are automatically fair.',
								es: 'Las computadoras son objetivas, así que las decisiones de la IA son justas automáticamente.'
							},
							response: {
								en: 'A model learns from data that people collected and labeled. If the data is unbalanced or reflects past unfairness, the model can repeat it. Fairness has to be tested, not assumed.',
								es: 'Un modelo aprende de datos que reunieron y etiquetaron personas. Si los datos están desequilibrados o reflejan injusticias del pasado, el modelo puede repetirlas. La equidad hay que comprobarla, no darla por hecha.'
							}
						},
						{
							misconception: {
								en: 'In machine learning, the computer programs itself with no human involvement.',
								es: 'En el aprendizaje automático, la computadora se programa sola, sin intervención humana.'
							},
							response: {
								en: 'People choose the task, collect and label the data, pick the algorithm, test the results and decide how to use the model. The computer finds patterns within those choices.',
								es: 'Las personas eligen la tarea, reúnen y etiquetan los datos, escogen el algoritmo, prueban los resultados y deciden cómo usar el modelo. La computadora encuentra patrones dentro de esas decisiones.'
							}
						},
						{
							misconception: {
								en: 'A prediction made with high confidence must be correct.',
								es: 'Una predicción hecha con mucha confianza tiene que ser correcta.'
							},
							response: {
								en: 'Confidence reflects patterns in the training data, not certainty about the world. A model can be very confident and still wrong, especially on data unlike what it was trained on.',
								es: 'La confianza refleja patrones de los datos de entrenamiento, no una certeza sobre el mundo. Un modelo puede estar muy seguro y aun así equivocarse, sobre todo con datos distintos a los de su entrenamiento.'
							}
						},
						{
							misconception: {
								en: 'Rule-based always means “not AI”.',
								es: 'Basado en reglas siempre significa “no es IA”.'
							},
							response: {
								en: 'Some AI reasons with rules and search, such as early expert systems and game-playing programs. What sets machine learning apart is that its behavior is learned from data.',
								es: 'Parte de la IA razona con reglas y búsqueda, como los primeros sistemas expertos y los programas que juegan. Lo que distingue al aprendizaje automático es que su comportamiento se aprende de los datos.'
							}
						}
					],
					differentiation: {
						support: [
							{
								en: 'Provide the pipeline diagram as a handout with blanks to fill in: training data, model, prediction.',
								es: 'Entregue el diagrama del proceso en una hoja con espacios para completar: datos de entrenamiento, modelo, predicción.'
							},
							{
								en: 'In the spam filter game, print the subject lines in large type and read them aloud.',
								es: 'En el juego del filtro de spam, imprima los asuntos en letra grande y léalos en voz alta.'
							},
							{
								en: 'Offer a discussion frame: “When this system is wrong, ___ is affected because ___.”',
								es: 'Ofrezca un marco para la discusión: “Cuando este sistema se equivoca, afecta a ___ porque ___”.'
							}
						],
						extension: [
							{
								en: 'Students write a rule-based spam filter with three if-then rules and compare its accuracy on the test set with their learned “model”.',
								es: 'Los estudiantes escriben un filtro de spam basado en tres reglas “si…, entonces…” y comparan su precisión en el conjunto de prueba con la de su “modelo” aprendido.'
							},
							{
								en: 'Students create five new test messages designed to fool the class model, then explain what training data would fix each error.',
								es: 'Los estudiantes crean cinco mensajes de prueba nuevos pensados para engañar al modelo de la clase y explican qué datos de entrenamiento corregirían cada error.'
							},
							{
								en: 'Students find a news story about an AI system that made mistakes, identify a likely gap in its training data and propose a test that would have caught it.',
								es: 'Los estudiantes buscan una noticia sobre un sistema de IA que cometió errores, identifican un probable vacío en sus datos de entrenamiento y proponen una prueba que lo habría detectado.'
							}
						]
					},
					unplugged: [
						{
							en: 'This lesson needs no devices: write the spam game’s training set on the board in two columns, “Spam” and “Not spam”, and have students copy their patterns into notebooks.',
							es: 'Esta lección no necesita dispositivos: escriba el conjunto de entrenamiento del juego en la pizarra en dos columnas, “Spam” y “No spam”, y pida que copien sus patrones en el cuaderno.'
						},
						{
							en: 'For the test set, students vote by holding up a card that says “spam” or “not spam”; tally the results on the board.',
							es: 'Para el conjunto de prueba, los estudiantes votan levantando una tarjeta que diga “spam” o “no spam”; anote el recuento en la pizarra.'
						},
						{
							en: 'Play “Human classifier”: one student is the model and may use only the patterns written in their notebook, with no common sense, to label new messages the class invents.',
							es: 'Jueguen a “Clasificador humano”: un estudiante es el modelo y solo puede usar los patrones escritos en su cuaderno, sin sentido común, para etiquetar mensajes nuevos que invente la clase.'
						},
						{
							en: 'Use one sheet of chart paper per group for the “who is affected” discussion and post the sheets around the room.',
							es: 'Use una hoja de papel grande por grupo para la discusión sobre a quién afecta y péguelas por el aula.'
						},
						{
							en: 'Read the quiz aloud; students answer on paper or mini whiteboards, and write the reflection on index cards.',
							es: 'Lea la prueba en voz alta; los estudiantes responden en papel o en pizarras pequeñas y escriben la reflexión en fichas.'
						}
					]
				}
			}
		]
	}
};
