import {Buffer} from 'node:buffer';

/**
 * A MOBI 6 book is one HTML stream; calibre marks each chapter's start, and
 * each split of the preface, with `<mbp:pagebreak/>`. These are the parts
 * between the breaks, as bytes, without the table of contents calibre
 * generates at the end (the page the head's `<guide>` points at: its links
 * are `filepos` byte offsets, which mean nothing to ficread).
 */
const PAGE_BREAK = /<mbp:pagebreak\b[^>]*>(?:\s*<\/mbp:pagebreak\s*>)?/gi;
const REFERENCE = /<reference\b[^>]*>/gi;

/** The byte offset of the generated table of contents, from `<reference type="toc" filepos=…>` in the head. */
function tocOffset(head: string): number | null {
	for (const [tag] of head.matchAll(REFERENCE)) {
		if (/\btype\s*=\s*["']?toc\b/i.test(tag)) {
			const position = /\bfilepos\s*=\s*["']?(\d{1,10})/i.exec(tag)?.[1];
			return position === undefined ? null : Number(position);
		}
	}

	return null;
}

/**
 * Whether a part is a page of links (a heading, then one `filepos` link a
 * paragraph), so that a `<guide>` offset that lands in a chapter, in a book
 * not written by calibre or damaged, never drops the chapter.
 */
function isLinkList(part: string): boolean {
	const links = part.match(/<a\b[^>]*\bfilepos\s*=/gi)?.length ?? 0;
	const paragraphs = part.match(/<(?:p|div|li)\b/gi)?.length ?? 0;
	return links > 0 && links >= paragraphs - 1;
}

export function splitMobi6(html: Uint8Array): Uint8Array[] {
	// Latin-1 maps each byte to one character, so string offsets are byte
	// offsets, whatever the book's encoding: the tags searched for are ASCII.
	const text = Buffer.from(html.buffer, html.byteOffset, html.length).toString('latin1');
	const bodyAt = text.search(/<body\b/i);
	const toc = tocOffset(text.slice(0, bodyAt < 0 ? 4096 : bodyAt));
	const parts: Uint8Array[] = [];
	// A part's own bytes start after its break; the table of contents' offset
	// may point at the break itself, so a part owns its break for that test.
	let start = 0;
	let owned = 0;
	const add = (end: number) => {
		if (toc === null || toc < owned || toc >= end || !isLinkList(text.slice(start, end))) {
			parts.push(html.subarray(start, end));
		}
	};

	for (const match of text.matchAll(PAGE_BREAK)) {
		add(match.index);
		owned = match.index;
		start = match.index + match[0].length;
	}

	add(text.length);
	return parts;
}
