import {useEffect, useState} from 'react';
import type {LiveLibrary} from '../../core/library/live-library.js';
import type {WorkListing} from '../../core/work.js';

/** Long enough for a scan's publishes (four a second) to settle, so the details cache is read once, not per publish. */
const loadAfterMs = 1500;

/**
 * The library's summaries, by path, for the search: read from the details
 * cache once the list has been still for a moment, never for the first frame,
 * and again after the works change (a scan or the watcher read new files).
 * Null until loaded; the search works without them meanwhile.
 */
export function useSummaries(library: Partial<Pick<LiveLibrary, 'summaries'>> | undefined, works: readonly WorkListing[]): ReadonlyMap<string, string> | null {
	const [summaries, setSummaries] = useState<ReadonlyMap<string, string> | null>(null);
	useEffect(() => {
		if (!library?.summaries) return;
		let cancelled = false;
		const timer = setTimeout(() => {
			library.summaries!().then(
				found => {
					// The same summaries again keep the engine: rebuilding its indexes for nothing costs a keystroke's time.
					if (!cancelled) setSummaries(known => (known && sameEntries(known, found) ? known : found));
				},
				() => {
					// An unreadable details cache leaves the search on the other fields, as before.
				},
			);
		}, loadAfterMs);
		return () => {
			cancelled = true;
			clearTimeout(timer);
		};
	}, [library, works]);
	return summaries;
}

function sameEntries(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
	if (a.size !== b.size) return false;
	for (const [key, value] of a) if (b.get(key) !== value) return false;
	return true;
}
