/**
 * Orders strings by code point: the same order on every machine and locale,
 * for paths and for keys already folded for sorting.
 */
export function compareCodePoints(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
