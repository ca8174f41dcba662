/**
 * MOBI and AZW3 behind the format interface: AO3's downloads (`ao3-mobi`,
 * `ao3-azw3`) and any other DRM-free book (`mobi`, `azw3`). See
 * `read-mobi-work.ts` for what each step reads.
 */
import {displaySafe} from '../../text/display-safe.js';
import type {FileSource, FormatAdapter, Refusal} from '../format-adapter.js';
import {MobiError} from './mobi-error.js';
import {isMobiHead} from './open-mobi-book.js';
import {listMobi, openMobi} from './read-mobi-work.js';

/**
 * Whatever escapes a step becomes its reason: a MobiError already says what
 * is wrong with the book; anything else (a read error of the file, a bug on
 * input nobody foresaw) is named as such rather than thrown at the scanner.
 */
function guarded<T>(step: (file: FileSource) => Promise<T>): (file: FileSource) => Promise<T | Refusal> {
	return async file => {
		try {
			return await step(file);
		} catch (error) {
			if (error instanceof MobiError) {
				return {ok: false, reason: displaySafe(error.message)};
			}

			return {ok: false, reason: `could not read MOBI: ${displaySafe(error instanceof Error ? error.message : String(error))}`};
		}
	};
}

export const mobiAdapter: FormatAdapter = {
	name: 'mobi',
	extensions: ['mobi', 'azw3'],
	recognise: isMobiHead,
	readListing: guarded(listMobi),
	openBody: guarded(openMobi),
};
