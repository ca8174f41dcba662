import {isReadAsText, openBodyFromBytes} from '../formats/read-file.js';
import {readBody, refusalOfBytes} from '../read-work.js';
import {onDisk} from '../scan/name-bytes.js';
import {describeFileError} from '../scan/walk-fic-files.js';
import {readRegularFileSyncInto} from '../read-regular-file.js';
import {cleanText} from '../text/clean-text.js';
import {hasUtf16Bom} from '../text/decode-bytes.js';
import type {WorkBody} from '../work.js';
import {mayHoldText} from './find-phrase.js';
import {bytePhraseFor, lookInput, quickLook} from './phrase-bytes.js';

/**
 * A work's body opened for the full-text search; why it cannot be read as a
 * work (the reader's own reason); or null when it surely lacks what is
 * searched for (and would be read).
 */
export type OpenedForSearch = {body: WorkBody} | {reason: string} | null;

/** Opens a file of the library at `root`; `relative` as the library keeps it (a name that is not UTF-8 too). */
export type OpenBody = (root: string, relative: string) => Promise<OpenedForSearch>;

/**
 * Whether a text file's bytes (or a paragraph of them) may
 * hold the folded `phrase` once read: false only when they surely do not.
 * The bytes are decoded, repaired and sanitized as the reader does
 * (`cleanText`), then judged whole (`mayHoldText`: paragraphs not told apart,
 * which can only find more).
 */
export function mayHold(bytes: Uint8Array, phrase: string): boolean {
	return mayHoldText(cleanText(bytes).text, phrase);
}

/**
 * Why the reader would refuse a text file the search ruled out unread, or
 * null: the refusals before decoding, or a file of white space only, which
 * is read to tell (`readBody`, the reader's own rule) unless it surely is
 * not one (`surelyNotBlank`).
 */
function refusalUnread(bytes: Buffer): string | null {
	const refusal = refusalOfBytes(bytes);
	if (refusal !== null || surelyNotBlank(bytes)) return refusal;
	const read = readBody(bytes);
	return read.ok ? null : read.reason;
}

/**
 * Whether a printable ASCII character near the start is sure to be left by
 * cleaning: nothing before it may start an escape sequence, which is removed
 * whole (an ESC, or a byte of the C1 range, which such a sequence's 8-bit
 * introducers are made of), and the file is not UTF-16, whose bytes are not
 * its characters.
 */
function surelyNotBlank(bytes: Buffer): boolean {
	if (hasUtf16Bom(bytes)) return false;
	for (let at = 0; at < Math.min(bytes.length, 256); at++) {
		const byte = bytes[at]!;
		if (byte > 0x20 && byte < 0x7f) return true;
		if (byte === 0x1b || (byte >= 0x80 && byte <= 0x9f)) return false;
	}

	return false;
}

/**
 * Reads bodies through their formats' adapters, whole (every chapter of an
 * EPUB), skipping text files that surely lack the folded `phrase`: only a
 * text file's bytes are its words, so only there can a look at the bytes
 * rule a file out. An ASCII phrase is looked for exactly in UTF-8 files
 * (`quickLook`), but for paragraphs whose characters may fold into it;
 * those paragraphs, other files and other phrases get `mayHold`'s slower look. Files
 * are read into the quick look's own memory, one at a time.
 */
export function openerFor(phrase: string): OpenBody {
	const look = bytePhraseFor(phrase);
	return async (root, relative) => {
		try {
			// Read where the quick look looks: no copy. Nothing else uses that room before the copy below.
			const bytes = readRegularFileSyncInto(onDisk(root, relative), size => lookInput(size, look));
			if (isReadAsText(bytes, relative)) {
				const verdict = look === null ? null : quickLook(bytes, look, paragraph => mayHold(paragraph, phrase));
				if (verdict === false || (verdict === null && !mayHold(bytes, phrase))) {
					const reason = refusalUnread(bytes);
					return reason === null ? null : {reason};
				}

				// Read where it lies: nothing read from text keeps the bytes.
				const read = readBody(bytes);
				return read.ok ? {body: read.body} : {reason: read.reason};
			}

			// A copy: another adapter may keep the bytes (an EPUB's later chapters), and the buffer is read into again.
			const opened = await openBodyFromBytes(Buffer.from(bytes), relative);
			if (!opened.ok) return {reason: opened.reason};
			return {body: opened.rest ? (await opened.rest()).body : opened.body};
		} catch (error) {
			// Gone or unreadable since the folder was walked.
			return {reason: describeFileError(onDisk(root, relative), error)};
		}
	};
}
