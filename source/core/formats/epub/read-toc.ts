/**
 * The book's own table of contents: the EPUB 2 NCX (`navMap`'s nested
 * `navPoint`s) or the EPUB 3 navigation document (`<nav epub:type="toc">`),
 * flattened in reading order. Each entry names the file and fragment it
 * points at, so that chapter files can be given their titles.
 */
import {parseMarkup} from '../markup/parse-markup.js';
import {findAll, findFirst} from '../markup/query-markup.js';
import {resolveHref, type Target} from './epub-paths.js';
import {attribute, cleanValue, named} from './xml-helpers.js';

export type TocTarget = Target & {title: string};

/** More than any book lists; a longer table is cut here rather than trusted. */
const MAX_TOC_ENTRIES = 5000;

function push(targets: TocTarget[], title: string, base: string, href: string | null): void {
	const target = href === null ? null : resolveHref(base, href);
	if (target !== null && title !== '' && targets.length < MAX_TOC_ENTRIES) targets.push({...target, title});
}

/** The NCX at `path`: every navPoint, nested ones after their parent. */
export function readNcx(text: string, path: string): TocTarget[] {
	const root = parseMarkup(text, {xml: true});
	const navMap = findFirst(root, named('navmap'));
	const targets: TocTarget[] = [];
	if (navMap === undefined) return targets;
	for (const navPoint of findAll(navMap, named('navpoint'))) {
		// The point's own label comes before its children, so the first one found is its own.
		const label = findFirst(navPoint, named('navlabel'));
		const content = findFirst(navPoint, named('content'));
		push(targets, label === undefined ? '' : cleanValue(label), path, content === undefined ? null : attribute(content, 'src'));
	}

	return targets;
}

/** The EPUB 3 navigation document at `path`: the links of its `toc` nav (or of its first nav). */
export function readNav(text: string, path: string): TocTarget[] {
	const root = parseMarkup(text, {xml: true});
	const navs = findAll(root, named('nav'));
	const nav = navs.find(element => (attribute(element, 'type') ?? '').split(/\s+/).includes('toc')) ?? navs[0];
	const targets: TocTarget[] = [];
	if (nav === undefined) return targets;
	for (const link of findAll(nav, named('a'))) {
		push(targets, cleanValue(link), path, attribute(link, 'href'));
	}

	return targets;
}
