import {isReadAsText, openBodyFromBytes} from '../formats/read-file.js';
import {onlyWhiteSpace, refusalOfBytes} from '../read-work.js';
import {describeFsError} from '../scan/walk-fic-files.js';
import {readRegularFileSyncInto} from '../read-regular-file.js';
import {cleanText} from '../text/clean-text.js';
import type {WorkBody} from '../work.js';
import {mayHoldText} from './find-phrase.js';
import {bytePhraseFor, lookInput, quickLook} from './phrase-bytes.js';

/**
 * A work's body opened for the full-text search; why it cannot be read as a
 * work (the reader's own reason); or null when it surely lacks what is
 * searched for (and would be read).
 */
export type OpenedForSearch = {body: WorkBody} | {reason: string} | null;

export type OpenBody = (absolutePath: string, relative: string) => Promise<OpenedForSearch>;

/**
 * Whether a text file's bytes (or a piece of them cut at a blank line) may
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
 * is decoded to tell only when its start holds no printable ASCII (which
 * cleaning keeps).
 */
function refusalUnread(bytes: Buffer): string | null {
	const refusal = refusalOfBytes(bytes);
	if (refusal !== null || /[!-~]/.test(bytes.toString('latin1', 0, 256))) return refusal;
	return cleanText(bytes).text.trim() === '' ? onlyWhiteSpace : null;
}

/**
 * Reads bodies through their formats' adapters, whole (every chapter of an
 * EPUB), skipping text files that surely lack the folded `phrase`: only a
 * text file's bytes are its words, so only there can a look at the bytes
 * rule a file out. An ASCII phrase is looked for exactly in UTF-8 files
 * (`quickLook`), but in pieces whose characters may fold into it; those
 * pieces, other files and other phrases get `mayHold`'s slower look. Files
 * are read into the quick look's own memory, one at a time.
 */
export function openerFor(phrase: string): OpenBody {
	const look = bytePhraseFor(phrase);
	return async (absolutePath, relative) => {
		try {
			// Read where the quick look looks: no copy. Nothing else uses that room before the copy below.
			const bytes = readRegularFileSyncInto(absolutePath, size => lookInput(size, look));
			if (isReadAsText(bytes, relative)) {
				const verdict = look === null ? null : quickLook(bytes, look, paragraph => mayHold(paragraph, phrase));
				if (verdict === false || (verdict === null && !mayHold(bytes, phrase))) {
					const reason = refusalUnread(bytes);
					return reason === null ? null : {reason};
				}
			}

			// A copy: an adapter may keep the bytes (an EPUB's later chapters), and the buffer is read into again.
			const opened = await openBodyFromBytes(Buffer.from(bytes), relative);
			if (!opened.ok) return {reason: opened.reason};
			return {body: opened.rest ? (await opened.rest()).body : opened.body};
		} catch (error) {
			// Gone or unreadable since the folder was walked.
			return {reason: describeFsError(error)};
		}
	};
}
