import MagicString from 'magic-string';
import { parse, type AST } from 'svelte/compiler';

export interface MarkOptions {
	/** The message keys some locale lacks: only these are marked. */
	untranslated: ReadonlySet<string>;
	/**
	 * Whether some locale lacks a message without parameters: then texts a component shows from
	 * elsewhere (a label map, a prop) are marked by their value, as `textLang` finds them.
	 */
	byValue: boolean;
	/** The module components import `m` from. */
	messagesModule?: string;
	/** The module exporting `messageLang(key)` and `textLang(value)`. */
	langModule?: string;
}

/** Elements with text-only content, and SVG: an HTML `<span>` cannot go inside them. */
const NO_SPAN_INSIDE = new Set(['option', 'title', 'textarea', 'script', 'style', 'svg']);
const BY_KEY = '__messageLang';
const BY_VALUE = '__textLang';

type Node = AST.BaseNode & Record<string, unknown>;

function messageKey(expression: Node): string | undefined {
	if (expression.type !== 'CallExpression') return undefined;
	const callee = expression.callee as Node;
	if (callee.type !== 'MemberExpression' || callee.computed) return undefined;
	const object = callee.object as Node;
	const property = callee.property as Node;
	if (object.type !== 'Identifier' || object.name !== 'm' || property.type !== 'Identifier') {
		return undefined;
	}
	return property.name as string;
}

const VALUE_EXPRESSIONS = new Set(['CallExpression', 'Identifier', 'MemberExpression']);

const significant = (nodes: Node[]) =>
	nodes.filter((node) => !(node.type === 'Text' && !(node.data as string).trim()));

function hasLang(element: AST.RegularElement): boolean {
	return element.attributes.some((a) => a.type === 'Attribute' && a.name === 'lang');
}

/** Whether an element shows any text of its own (then an attribute's language is not the element's). */
function showsText(fragment: AST.Fragment): boolean {
	let found = false;
	const visit = (value: unknown): void => {
		if (found || !value || typeof value !== 'object') return;
		if (Array.isArray(value)) return value.forEach(visit);
		const node = value as Node;
		if ((node.type === 'Text' && (node.data as string).trim()) || node.type === 'ExpressionTag') {
			found = true;
			return;
		}
		if (node.type === 'Attribute') return;
		for (const [key, child] of Object.entries(node)) if (key !== 'parent') visit(child);
	};
	visit(fragment);
	return found;
}

/**
 * Marks the interface texts a component shows with the base locale's `lang` where the current
 * locale lacks them (Paraglide then shows the base locale's text), so screen readers pronounce
 * them right. Works on the source, before the Svelte compiler:
 * - an element whose whole content is one text gets `lang={…}`;
 * - a text among other content is wrapped in `<span lang=…>` when it falls back, and only then;
 * - an element that shows no text but one in an attribute (alt, aria-label, placeholder) gets
 *   that text's `lang`.
 * A message called in the markup (`m.key()`, or a choice of them with `?:`) is marked by its key;
 * any other text from code (`{label}`, `{stepKindLabel[kind]()}`) by its value, which is how
 * label maps and props are covered. Nothing changes while every locale is complete.
 */
export function markFallbackMessages(
	source: string,
	filename: string,
	{
		untranslated,
		byValue,
		messagesModule = '#lib/paraglide/messages',
		langModule = '#lib/i18n/message-lang'
	}: MarkOptions
): { code: string; map: ReturnType<MagicString['generateMap']> } | null {
	if (untranslated.size === 0 && !byValue) return null;
	if (!byValue && !source.includes(messagesModule)) return null;
	const ast = parse(source, { modern: true, filename });
	const out = new MagicString(source);
	const elementLangs = new Map<AST.RegularElement, string[]>();
	let edits = 0;

	/** The expression for the language of what `expression` shows, or null when it is not a text. */
	const langOf = (expression: Node): string | null => {
		const key = messageKey(expression);
		if (key !== undefined) return untranslated.has(key) ? `${BY_KEY}('${key}')` : null;
		if (expression.type === 'ConditionalExpression') {
			const test = expression.test as Node;
			const yes = langOf(expression.consequent as Node);
			const no = langOf(expression.alternate as Node);
			if (yes === null && no === null) return null;
			return `(${source.slice(test.start, test.end)}) ? ${yes ?? 'undefined'} : ${no ?? 'undefined'}`;
		}
		if (byValue && VALUE_EXPRESSIONS.has(expression.type)) {
			return `${BY_VALUE}(${source.slice(expression.start, expression.end)})`;
		}
		return null;
	};

	const visit = (node: Node, ancestors: Node[]) => {
		if (node.type === 'ExpressionTag') {
			const lang = langOf(node.expression as unknown as Node);
			if (lang === null) return;
			const parent = ancestors.at(-1);
			const owner = ancestors.at(-2);
			if (parent?.type === 'Fragment') {
				const siblings = significant(parent.nodes as Node[]);
				const element = owner?.type === 'RegularElement' ? (owner as unknown as AST.RegularElement) : null;
				if (element && siblings.length === 1 && !hasLang(element)) {
					elementLangs.set(element, [lang, ...(elementLangs.get(element) ?? [])]);
				} else if (!ancestors.some((a) => NO_SPAN_INSIDE.has(a.name as string))) {
					const text = source.slice(node.start, node.end);
					out.overwrite(
						node.start,
						node.end,
						`{#if ${lang}}<span lang={${lang}}>${text}</span>{:else}${text}{/if}`
					);
					edits++;
				}
			} else if (parent?.type === 'Attribute' && owner?.type === 'RegularElement') {
				const element = owner as unknown as AST.RegularElement;
				if (!hasLang(element) && !showsText(element.fragment)) {
					elementLangs.set(element, [...(elementLangs.get(element) ?? []), lang]);
				}
			}
			return;
		}
		for (const [name, child] of Object.entries(node)) {
			if (name === 'parent' || !child || typeof child !== 'object') continue;
			const children = Array.isArray(child) ? child : [child];
			for (const c of children as Node[]) {
				if (c && typeof c === 'object' && typeof c.type === 'string') visit(c, [...ancestors, node]);
			}
		}
	};
	visit(ast.fragment as unknown as Node, []);

	for (const [element, langs] of elementLangs) {
		const at = element.start + 1 + element.name.length;
		const lang = langs.length === 1 ? langs[0] : langs.map((l) => `(${l})`).join(' ?? ');
		out.appendLeft(at, ` lang={${lang}}`);
		edits++;
	}
	if (edits === 0) return null;
	const imports = `import { messageLang as ${BY_KEY}, textLang as ${BY_VALUE} } from '${langModule}';`;
	const script = ast.instance ?? ast.module;
	if (script) {
		out.appendLeft((script as unknown as { content: Node }).content.start, `\n\t${imports}`);
	} else {
		out.prepend(`<script>\n\t${imports}\n</script>\n`);
	}
	return { code: out.toString(), map: out.generateMap({ hires: true, source: filename }) };
}
