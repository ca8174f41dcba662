import {readRegularFile} from '../read-regular-file.js';
import {readWork} from '../read-work.js';
import type {WorkBody} from '../work.js';

/**
 * Opens a work's body for the full-text search; null when the file cannot be
 * read as a work any more. A parameter of the search, so that the formats'
 * adapter registry (`adapterFor(path).openBody(fileSource(path))`) replaces
 * the text reader below in one line.
 */
export type OpenBody = (absolutePath: string, relative: string) => Promise<WorkBody | null>;

/** The text reader: what every work was before the other formats' adapters. */
export const openTextBody: OpenBody = async (absolutePath, relative) => {
	try {
		const result = readWork(await readRegularFile(absolutePath), relative);
		return result.ok ? result.body : null;
	} catch {
		// Gone or unreadable since the scan: no hits, as for a file that holds none.
		return null;
	}
};
