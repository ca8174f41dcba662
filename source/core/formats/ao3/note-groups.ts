/**
 * AO3 writes each piece of front and back matter as a label paragraph then
 * the text in a blockquote (`<p>Summary</p><blockquote>…`), in the HTML and
 * in everything calibre converts from it. Classes are renamed by calibre, so
 * a group is found by its shape and the label's words alone.
 */
import {isElement, type MarkupElement} from '../markup/parse-markup.js';
import {textOf} from '../markup/query-markup.js';

export type NoteGroup = {
	/** The label as AO3 words it, without a colon: `Summary`, `Chapter End Notes`. */
	label: string;
	/** The blockquotes that follow the label. */
	content: MarkupElement[];
};

/** The labels AO3 gives its notes, in the work's preface, its chapters and its afterword. */
export const AO3_NOTE_LABEL = /^(?:(?:Chapter )?(?:Summary|Notes|End Notes))$/i;

/** `scope` and the elements under it, except inside blockquotes: a label quoted in a note is the author's text. */
function parentsOf(scope: MarkupElement): MarkupElement[] {
	const parents: MarkupElement[] = [];
	const stack = [scope];
	while (stack.length > 0) {
		const element = stack.pop()!;
		parents.push(element);
		for (let index = element.children.length - 1; index >= 0; index--) {
			const child = element.children[index]!;
			if (isElement(child) && child.name !== 'blockquote') {
				stack.push(child);
			}
		}
	}

	return parents;
}

/** The note groups under `scope` whose label passes `labels`, in document order. */
export function findNoteGroups(scope: MarkupElement, labels: RegExp = AO3_NOTE_LABEL): NoteGroup[] {
	const groups: NoteGroup[] = [];
	for (const parent of parentsOf(scope)) {
		let current: NoteGroup | undefined;
		for (const child of parent.children) {
			if (!isElement(child)) {
				// White space between the label and its blockquote changes nothing.
				if (child.trim() !== '') {
					current = undefined;
				}

				continue;
			}

			if (child.name === 'blockquote' && current !== undefined) {
				current.content.push(child);
				continue;
			}

			current = undefined;
			if (child.name === 'p') {
				const label = textOf(child).replace(/:$/, '').trim();
				if (labels.test(label)) {
					current = {label, content: []};
					groups.push(current);
				}
			}
		}
	}

	return groups.filter(group => group.content.length > 0);
}
