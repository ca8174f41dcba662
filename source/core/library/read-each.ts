/** How many files the library reads at once: enough to keep the disk busy, few enough not to run out of open files. */
const readConcurrency = 8;

/**
 * Runs `read` on each item, a few at a time, in order of start; stops taking
 * new items once `stopped` says so (those under way finish).
 */
export async function readEach<T>(items: readonly T[], read: (item: T, index: number) => Promise<void>, stopped: () => boolean = () => false): Promise<void> {
	let next = 0;
	const reader = async () => {
		while (next < items.length && !stopped()) {
			const index = next++;
			await read(items[index]!, index);
		}
	};

	await Promise.all(Array.from({length: Math.min(readConcurrency, items.length)}, reader));
}
