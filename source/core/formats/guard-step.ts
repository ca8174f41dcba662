/**
 * The promise every adapter keeps, that it never throws for a bad file, kept
 * in one place: whatever escapes a step becomes the reason shown beside the
 * file's name.
 */
import {displaySafe} from '../text/display-safe.js';
import type {FileSource, Refusal} from './format-adapter.js';

/** What an error says, made safe to show: its message may quote the file. */
export function errorText(error: unknown): string {
	return displaySafe(error instanceof Error ? error.message : String(error));
}

/**
 * `step`, with whatever escapes it (a read error of the file itself, a bug on
 * input nobody foresaw) as the reason `<prefix>: <message>`. `known` gives
 * their own reason to errors that already say what is wrong with the book.
 */
export function guarded<T>(prefix: string, step: (file: FileSource) => Promise<T | Refusal>, known?: (error: unknown) => string | undefined): (file: FileSource) => Promise<T | Refusal> {
	return async file => {
		try {
			return await step(file);
		} catch (error) {
			return {ok: false, reason: known?.(error) ?? `${prefix}: ${errorText(error)}`};
		}
	};
}
