import {setImmediate as nextTurn} from 'node:timers/promises';
import {findPhrase, type PhraseHit} from './find-phrase.js';
import type {OpenBody} from './read-body.js';

/** A file to search (its library's root, and its path there as the library keeps it), and its index in the caller's list of works. */
export type GrepFile = {index: number; root: string; relative: string};

/** What a search reports as it goes: the hits of one file (none: `hits` empty), or why it could not be read, in no set order. */
export type GrepReport = {index: number; hits: PhraseHit[]; reason?: string};

/** How long a search runs before it lets the event loop turn (files are read without waiting on it). */
const turnEveryMs = 20;

/**
 * Searches `files` one after another for the folded `phrase`, reporting each
 * file as it is done, until `signal` aborts. The event loop turns every few
 * milliseconds, so that on the app's own thread keys are still read and an
 * abort can come.
 */
export async function grepFiles(files: readonly GrepFile[], phrase: string, openBody: OpenBody, report: (found: GrepReport) => void, signal?: AbortSignal): Promise<void> {
	let turned = performance.now();
	for (const file of files) {
		if (performance.now() - turned >= turnEveryMs) {
			await nextTurn();
			turned = performance.now();
		}

		if (signal?.aborted) return;
		const opened = await openBody(file.root, file.relative);
		if (opened === null) report({index: file.index, hits: []});
		else if ('reason' in opened) report({index: file.index, hits: [], reason: opened.reason});
		else report({index: file.index, hits: findPhrase(opened.body, phrase)});
	}
}
