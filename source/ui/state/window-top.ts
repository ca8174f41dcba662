/**
 * The first row on screen of a list of `length` rows, `capacity` of them
 * shown, once `selected` is kept in sight: the window moves no more than
 * needed and never leaves blank rows below the last one.
 */
export function windowTop(top: number, selected: number, length: number, capacity: number): number {
	let first = Math.min(top, selected);
	if (selected >= first + capacity) first = selected - capacity + 1;
	return Math.max(0, Math.min(first, Math.max(0, length - capacity)));
}
