/**
 * A problem with a MOBI file, worded for the user. The readers under this
 * folder throw it where they find the problem; the adapter is the one place
 * that catches it and turns it into a skipped reason, so no reader has to
 * thread a result type through every helper.
 */
export class MobiError extends Error {
	override name = 'MobiError';
}

export function fail(reason: string): never {
	throw new MobiError(reason);
}
