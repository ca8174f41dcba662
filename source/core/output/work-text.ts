import wrapAnsi from 'wrap-ansi';
import type {WorkBody} from '../work.js';

/**
 * The `--print` text: paragraphs separated by one blank line, each wrapped to
 * `width` columns when a width is given, left as they are otherwise.
 */
export function formatWorkText(body: WorkBody, width: number | null): string {
	const paragraphs = width === null ? body.paragraphs : body.paragraphs.map(paragraph => wrapAnsi(paragraph, width, {hard: true, trim: true}));
	return paragraphs.join('\n\n') + '\n';
}
