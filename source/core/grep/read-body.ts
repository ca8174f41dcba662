import {openBodyFromBytes} from '../formats/read-file.js';
import {type ReadBuffer, readRegularFileSyncInto} from '../read-regular-file.js';
import {isAscii} from '../search/normalize-text.js';
import {cleanText} from '../text/clean-text.js';
import type {WorkBody} from '../work.js';
import {probeOf} from './find-phrase.js';
import {bytePatternFor, quickLook} from './phrase-bytes.js';

/**
 * Opens a work's body for the full-text search; null when the file cannot be
 * read as a work any more, or surely lacks what is searched for.
 */
export type OpenBody = (absolutePath: string, relative: string) => Promise<WorkBody | null>;

// Letters the search folds to others that lose no mark on the way (see normalize-text's `unstroked`).
const unstrokedLetter = /[\u0142\u0111\u00F8\u0127\u0167\u0131\u00DF]/i;

/**
 * Whether a text file's bytes (or a piece of them cut at a blank line) may
 * hold `probe` (a folded word, see `probeOf`) once read and folded: false
 * only when it surely does not. The bytes are decoded, repaired and
 * sanitized as the reader does (`cleanText`), then compared lowercased, and
 * if need be with marks removed (a superset of the search's folding).
 */
export function mayHold(bytes: Uint8Array, phraseProbe: string): boolean {
	// Quotes may be curly in the file, and a line break may follow a hyphen (FanFicFare's wrapping, undone
	// by joining `well-` and `known`): look for the longest stretch without either.
	const probe = phraseProbe.split(/['"-]/).reduce((longest, piece) => (piece.length > longest.length ? piece : longest), '');
	if (probe === '' || !isAscii(probe)) return true;
	const {text} = cleanText(bytes);
	const lower = text.toLowerCase();
	if (lower.includes(probe)) return true;
	if (isAscii(text)) return false;
	return unstrokedLetter.test(text) || lower.normalize('NFKD').replaceAll(/\p{M}/gu, '').toLowerCase().includes(probe);
}

/**
 * Reads bodies through their formats' adapters, whole (every chapter of an
 * EPUB), skipping text files that surely lack the folded `phrase`: only a
 * text file's bytes are its words, so only there can a look at the bytes
 * rule a file out. An ASCII phrase is looked for exactly in UTF-8 files
 * (`quickLook`), but in pieces whose characters may fold into it; those
 * pieces, other files and other phrases get `mayHold`'s look for the
 * phrase's longest word. Files are read into one buffer,
 * reused: an opener reads one file at a time.
 */
export function openerFor(phrase: string): OpenBody {
	const pattern = bytePatternFor(phrase);
	const probe = probeOf(phrase);
	const buffer: ReadBuffer = {bytes: Buffer.allocUnsafe(1 << 20)};
	return async (absolutePath, relative) => {
		try {
			const bytes = readRegularFileSyncInto(absolutePath, buffer);
			if (/\.txt$/i.test(relative)) {
				const verdict = pattern === null ? null : quickLook(bytes, pattern, piece => mayHold(piece, probe));
				if (verdict === false || (verdict === null && !mayHold(bytes, probe))) return null;
			}

			// A copy: an adapter may keep the bytes (an EPUB's later chapters), and the buffer is read into again.
			const opened = await openBodyFromBytes(Buffer.from(bytes), relative);
			if (!opened.ok) return null;
			return opened.rest ? (await opened.rest()).body : opened.body;
		} catch {
			// Gone or unreadable since the scan: no hits, as for a file that holds none.
			return null;
		}
	};
}
