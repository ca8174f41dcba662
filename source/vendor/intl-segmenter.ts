import {type CodePointRanges, madeOnlyOf} from './code-point-ranges.js';

/**
 * Code points that are a grapheme cluster of their own, whatever stands next
 * to them (UAX #29): none is a mark, a joiner, a prepended or spacing mark, a
 * Hangul jamo or a regional indicator, and all are in the BMP, so each is one
 * code unit. Controls are their own cluster too, less CR (CR LF is one).
 * Latin, Greek, Cyrillic, the General Punctuation of prose, currency, and the
 * symbols ficread draws with. A test checks each against Intl.Segmenter.
 */
export const ownGraphemeRanges: CodePointRanges = [
	[0x00, 0x0c],
	[0x0e, 0x2ff],
	[0x370, 0x482],
	[0x48a, 0x52f],
	[0x1e_00, 0x1f_ff],
	[0x20_10, 0x20_27],
	[0x20_30, 0x20_5f],
	[0x20_a0, 0x20_cf],
	[0x21_00, 0x2b_ff],
];

const ownGraphemeEach = madeOnlyOf(ownGraphemeRanges);

/** Reached through globalThis, which the build's `Intl.Segmenter` replacement does not match. */
const IntlSegmenter = globalThis.Intl.Segmenter;

/** The segments of text whose every code unit is a grapheme: what Intl.Segmenter gives, without ICU. */
function codeUnitSegments(input: string): Intl.Segments {
	const at = (index: number): Intl.SegmentData => ({segment: input[index]!, index, input});
	return {
		containing(codeUnitIndex = 0) {
			const index = Math.trunc(Number(codeUnitIndex)) || 0;
			return index >= 0 && index < input.length ? at(index) : undefined;
		},
		* [Symbol.iterator](): Generator<Intl.SegmentData, undefined> {
			for (let index = 0; index < input.length; index++) yield at(index);
			return undefined;
		},
	};
}

/**
 * Intl.Segmenter, made on first use and skipped for grapheme segmentation of
 * text made only of the characters above (most fic metadata and prose).
 *
 * Why: the first Intl.Segmenter a process makes costs ~18 ms here (ICU loads
 * its break rules), and Ink, slice-ansi, wrap-ansi and string-width each make
 * one as they load, before ficread draws anything. The build (scripts/build/stand-ins.js)
 * puts this class in place of Intl.Segmenter for every package.
 */
export class FastSegmenter implements Intl.Segmenter {
	readonly #locales: string | string[] | undefined;
	readonly #options: Intl.SegmenterOptions | undefined;
	readonly #byCodeUnit: boolean;
	#icu: Intl.Segmenter | undefined;

	constructor(locales?: string | string[], options?: Intl.SegmenterOptions) {
		this.#locales = locales;
		this.#options = options;
		const keys = options === undefined ? [] : Object.keys(options);
		this.#byCodeUnit = locales === undefined && keys.every(key => key === 'granularity') && (options?.granularity ?? 'grapheme') === 'grapheme';
		// Anything else is made at once, so that bad locales or options throw where they are given.
		if (!this.#byCodeUnit) this.#icu = new IntlSegmenter(locales, options);
	}

	segment(input: string): Intl.Segments {
		const text = String(input);
		if (this.#byCodeUnit && ownGraphemeEach.test(text)) return codeUnitSegments(text);
		return this.#segmenter().segment(text);
	}

	resolvedOptions(): Intl.ResolvedSegmenterOptions {
		return this.#segmenter().resolvedOptions();
	}

	#segmenter(): Intl.Segmenter {
		this.#icu ??= new IntlSegmenter(this.#locales, this.#options);
		return this.#icu;
	}
}
