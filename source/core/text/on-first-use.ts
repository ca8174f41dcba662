/**
 * A regex made when first asked for, then kept. V8 builds a regex's character
 * classes as it makes it (a \p{L} class of every letter: ~0.1–0.5 ms), so a
 * module-level one costs every start that much before its first frame, whether
 * or not that start ever uses it.
 */
export function onFirstUse(make: () => RegExp): () => RegExp {
	let made: RegExp | undefined;
	return () => (made ??= make());
}
