import {useEffect, useRef} from 'react';
import type {StateFile} from '../../core/state/reading-state.js';

/** Where the app hands its reading state to be saved (debounced; flushed at exit by the CLI). */
export type ReadingSink = {schedule(state: StateFile): void};

/**
 * Schedules a save whenever the reading state changes. Other processes'
 * changes are merged in on disk at each save, so nothing is lost either way.
 */
export function useReadingSaver(sink: ReadingSink | undefined, reading: StateFile): void {
	// The state as loaded needs no saving; scheduling it would lock and re-read the file for nothing.
	const loaded = useRef(reading);
	useEffect(() => {
		if (reading !== loaded.current) sink?.schedule(reading);
	}, [sink, reading]);
}
