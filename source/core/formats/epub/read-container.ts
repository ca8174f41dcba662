/**
 * `META-INF/container.xml` names the package document (OPF); an EPUB may
 * list several renditions, and readers take the first OPF one.
 */
import {parseMarkup} from '../markup/parse-markup.js';
import {findAll} from '../markup/query-markup.js';
import {resolveHref} from './epub-paths.js';
import {attribute, named} from './xml-helpers.js';

export const CONTAINER_PATH = 'META-INF/container.xml';

/** The OPF's zip entry name, or null when the container names none. */
export function packagePath(text: string): string | null {
	const rootfiles = findAll(parseMarkup(text, {xml: true}), named('rootfile'));
	const rootfile = rootfiles.find(element => attribute(element, 'media-type') === 'application/oebps-package+xml') ?? rootfiles[0];
	const fullPath = rootfile === undefined ? null : attribute(rootfile, 'full-path');
	// The full path is relative to the root of the book, not to META-INF.
	return fullPath === null ? null : (resolveHref('', fullPath)?.path ?? null);
}
