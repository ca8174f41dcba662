import type {Blocks} from '../../../source/core/formats/markup/blocks-from-markup.js';

/** Each paragraph with its kind (and `label` when it opens a note group), for compact expectations. */
export function blockLines({paragraphs, blocks}: Blocks): string[] {
	return paragraphs.map((text, index) => `${blocks[index]!.kind}${blocks[index]!.label ? ' label' : ''}: ${text}`);
}

/** What must never reach the terminal: C0 but LF, DEL, C1, bidi overrides and isolates. */
export const UNSAFE = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
