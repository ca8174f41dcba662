/**
 * The few rules of HTML's tree building that fic files depend on: which
 * elements are empty, which an opening tag closes, and which start a block
 * (a new line of text). A small table in place of the spec's parser, because
 * htmlparser2's own `Parser` keeps its open elements with `unshift`, which is
 * quadratic in the nesting depth.
 */

/** Elements that never have content: their opening tag is the whole element. */
export const VOID_ELEMENTS: ReadonlySet<string> = new Set([
	'area', 'base', 'basefont', 'br', 'col', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr',
]);

const paragraph = new Set(['p']);
const headings = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p']);
const definitions = new Set(['dd', 'dt']);
const cells = new Set(['th', 'td']);
const rows = new Set(['tr', 'th', 'td']);

/** An opening tag → the open elements it closes first (while they are the innermost), as `<p>a<p>b` is two paragraphs. */
export const IMPLIED_CLOSES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
	['li', new Set(['li', 'p'])],
	['dd', definitions],
	['dt', definitions],
	['tr', rows],
	['td', cells],
	['th', cells],
	['option', new Set(['option'])],
	['h1', headings],
	['h2', headings],
	['h3', headings],
	['h4', headings],
	['h5', headings],
	['h6', headings],
	...['address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'ul'].map(
		name => [name, paragraph] as const,
	),
]);

/** Elements whose content is never text to read: code, styles, inert templates. */
export const DROPPED_ELEMENTS: ReadonlySet<string> = new Set(['script', 'style', 'template']);

/** Elements that begin and end a line of text, as a browser lays them out. */
export const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
	'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure',
	'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hgroup', 'hr', 'html', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section',
	'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'title', 'tr', 'ul',
]);
