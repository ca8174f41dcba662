import type {Readable} from 'node:stream';

/** What a terminal in raw mode sends for Ctrl-C. */
const ctrlC = 0x03;

/**
 * Raw mode, taken at start-up so that keys typed while the library loads are
 * not echoed, also stops the terminal turning Ctrl-C into SIGINT, and nothing
 * reads the keyboard until the app draws its first frame. Until then, this
 * reads it: Ctrl-C calls `onInterrupt`, other keys are kept. Returns the
 * hand-over, which stops reading and puts the kept keys back, for the app to
 * read first.
 */
export function watchEarlyInterrupt(stdin: Readable, onInterrupt: () => void): () => void {
	const typed: Buffer[] = [];
	const read = () => {
		let chunk: Buffer | null;
		// No encoding is set before the app's, so chunks are bytes.
		while ((chunk = stdin.read() as Buffer | null) !== null) {
			if (chunk.includes(ctrlC)) {
				stdin.off('readable', read);
				onInterrupt();
				return;
			}

			typed.push(chunk);
		}
	};

	stdin.on('readable', read);
	return () => {
		stdin.off('readable', read);
		if (typed.length > 0) stdin.unshift(Buffer.concat(typed));
	};
}
