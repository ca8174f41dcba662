import {parseWork, type ParsedWork} from '../../source/core/parse/parse-work.js';

/** Text as lines, as `cleanLines` gives them (CR and CRLF split too, for text written with them). */
export function linesOf(text: string): string[] {
	return text.split(/\r\n?|\n/);
}

/** `parseWork` over text written in a test. */
export function parseText(text: string, fileName: string): ParsedWork {
	return parseWork(linesOf(text), fileName);
}
