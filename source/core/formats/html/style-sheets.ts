/**
 * The text of an HTML file's `<style>` elements, which the parser drops: the
 * classes they make italic or bold are emphasis too. Each search resumes
 * where the last stopped, so an unclosed `<style` costs one scan, not one
 * per occurrence.
 */

/** More than any fic's stylesheet; `classStylesFromCss` reads no further anyway. */
const MAX_CSS_LENGTH = 1024 * 1024;

export function styleSheetsOf(html: string): string {
	const opening = /<style\b[^<>]{0,1000}>/gi;
	const closing = /<\/style/gi;
	const sheets: string[] = [];
	let length = 0;
	while (length < MAX_CSS_LENGTH && opening.exec(html) !== null) {
		closing.lastIndex = opening.lastIndex;
		const end = closing.exec(html);
		if (end === null) {
			break;
		}

		sheets.push(html.slice(opening.lastIndex, end.index));
		length += end.index - opening.lastIndex;
		opening.lastIndex = closing.lastIndex;
	}

	return sheets.join('\n');
}
