import type {WorkDetails, WorkListing} from '../work.js';

/** One work of the library: what the list needs of its metadata, plus what is needed to find it again. */
export type LibraryWork = {
	meta: WorkListing;
	/** Key of its reading state: the Work ID, or a fingerprint of the text. */
	stateKey: string;
	size: number;
	mtimeMs: number;
};

/** A file read whole: the work as the library keeps it, and the rest of its metadata. */
export type ScannedWork = {work: LibraryWork; details: WorkDetails};
