/** AO3's one-letter rating codes, the way readers abbreviate them. */
const badges: Record<string, string> = {
	'general audiences': 'G',
	'teen and up audiences': 'T',
	mature: 'M',
	explicit: 'E',
	'not rated': 'NR',
};

/** A short badge for a rating: G, T, M, E, NR, `-` when absent, or the start of an unknown one. */
export function ratingBadge(rating: string | null): string {
	if (rating === null) return '-';
	return badges[rating.toLowerCase()] ?? rating.slice(0, 2);
}
