import type {LibraryChanges, LibraryWatcher} from '../../../source/core/library/watch-library.js';

/** Generous: a report normally arrives within a debounce, but this machine may be busy. */
const WAIT_LIMIT_MS = 15_000;

export type Recorder = {
	watcher: LibraryWatcher | undefined;
	reports: LibraryChanges[];
	errors: string[];
	onChange(changes: LibraryChanges): void;
	onError(message: string): void;
	/** Resolves when the latest report of each path says what `expected` says; rejects, listing the reports, after a long while. */
	waitFor(expected: Partial<LibraryChanges>): Promise<void>;
	waitForError(): Promise<void>;
	/** Every path any report has named, sorted. */
	allPaths(): string[];
	/** Forgets the reports so far, so that a later wait needs a later report. */
	clear(): void;
};

export function recordChanges(): Recorder {
	let latest = new Map<string, keyof LibraryChanges>();
	const listeners = new Set<() => void>();

	function until(done: () => boolean, describe: () => string): Promise<void> {
		return new Promise((resolve, reject) => {
			const check = () => {
				if (!done()) return;
				clearTimeout(timer);
				listeners.delete(check);
				resolve();
			};
			const timer = setTimeout(() => {
				listeners.delete(check);
				reject(new Error(`gave up after ${WAIT_LIMIT_MS} ms waiting for ${describe()}; reports: ${JSON.stringify(recorder.reports)}; errors: ${JSON.stringify(recorder.errors)}`));
			}, WAIT_LIMIT_MS);
			listeners.add(check);
			check();
		});
	}

	const recorder: Recorder = {
		watcher: undefined,
		reports: [],
		errors: [],
		onChange(changes) {
			recorder.reports.push(changes);
			for (const relative of changes.changed) latest.set(relative, 'changed');
			for (const relative of changes.removed) latest.set(relative, 'removed');
			for (const listener of [...listeners]) listener();
		},
		onError(message) {
			recorder.errors.push(message);
			for (const listener of [...listeners]) listener();
		},
		async waitFor(expected) {
			const wanted = [
				...(expected.changed ?? []).map(relative => [relative, 'changed'] as const),
				...(expected.removed ?? []).map(relative => [relative, 'removed'] as const),
			];
			await until(
				() => wanted.every(([relative, what]) => latest.get(relative) === what),
				() => JSON.stringify(expected),
			);
		},
		async waitForError() {
			await until(
				() => recorder.errors.length > 0,
				() => 'an error',
			);
		},
		allPaths() {
			return [...new Set(recorder.reports.flatMap(report => [...report.changed, ...report.removed]))].sort();
		},
		clear() {
			recorder.reports = [];
			latest = new Map();
		},
	};
	return recorder;
}

/** Live `fs.watch` handles, counted once closed ones are gone (a handle closes on the next turn of the event loop). */
export async function watchHandles(): Promise<number> {
	return countResources('FSEventWrap');
}

/** Live timers, counted the same way. */
export async function timers(): Promise<number> {
	return countResources('Timeout');
}

async function countResources(kind: string): Promise<number> {
	for (let turn = 0; turn < 2; turn++) await new Promise(resolve => setImmediate(resolve));
	return process.getActiveResourcesInfo().filter(resource => resource === kind).length;
}
