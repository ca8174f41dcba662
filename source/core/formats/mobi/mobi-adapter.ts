/**
 * MOBI and AZW3 behind the format interface: AO3's downloads (`ao3-mobi`,
 * `ao3-azw3`) and any other DRM-free book (`mobi`, `azw3`). See
 * `read-mobi-work.ts` for what each step reads.
 */
import {displaySafe} from '../../text/display-safe.js';
import type {FormatAdapter} from '../format-adapter.js';
import {guarded} from '../guard-step.js';
import {MobiError} from './mobi-error.js';
import {isMobiHead} from './open-mobi-book.js';
import {listMobi, openMobi} from './read-mobi-work.js';

/** A MobiError already says what is wrong with the book. */
function bookProblem(error: unknown): string | undefined {
	return error instanceof MobiError ? displaySafe(error.message) : undefined;
}

export const mobiAdapter: FormatAdapter = {
	name: 'mobi',
	extensions: ['mobi', 'azw3'],
	recognise: isMobiHead,
	readListing: guarded('could not read MOBI', listMobi, bookProblem),
	openBody: guarded('could not read MOBI', openMobi, bookProblem),
};
