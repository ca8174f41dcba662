import {findPhrase, type PhraseHit} from './find-phrase.js';
import type {OpenBody} from './read-body.js';

/** A file to search, and its index in the caller's list of works. */
export type GrepFile = {index: number; absolute: string; relative: string};

/** What a search reports as it goes: the hits of one file (none: `hits` empty), in no set order. */
export type GrepReport = {index: number; hits: PhraseHit[]};

/** Searches `files` one after another for the folded `phrase`, reporting each file as it is done. */
export async function grepFiles(files: readonly GrepFile[], phrase: string, openBody: OpenBody, report: (found: GrepReport) => void): Promise<void> {
	for (const file of files) {
		const body = await openBody(file.absolute, file.relative);
		report({index: file.index, hits: body === null ? [] : findPhrase(body, phrase)});
	}
}
