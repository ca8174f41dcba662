/**
 * Links inside an EPUB (the OPF's hrefs, the NCX's and nav's targets) are
 * URLs relative to the file that holds them; the zip knows only full entry
 * names. These turn one into the other, and refuse anything that leaves the
 * book (another scheme, or `..` above its root).
 */

export type Target = {
	/** The zip entry name. */
	path: string;
	/** The part after `#`, decoded; null when there is none. */
	fragment: string | null;
};

const SCHEME = /^[a-z][a-z\d+.-]*:/i;

function decode(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}

/** The folder part of a zip entry name, with its trailing `/`; `` at the root. */
export function folderOf(path: string): string {
	return path.slice(0, path.lastIndexOf('/') + 1);
}

/** Where `href`, found in the file `base`, points inside the book; null when outside it. */
export function resolveHref(base: string, href: string): Target | null {
	const trimmed = href.trim();
	if (SCHEME.test(trimmed) || trimmed.startsWith('//')) return null;
	const hash = trimmed.indexOf('#');
	const pathPart = hash === -1 ? trimmed : trimmed.slice(0, hash);
	const fragment = hash === -1 ? null : decode(trimmed.slice(hash + 1));
	const joined = pathPart.startsWith('/') ? pathPart.slice(1) : folderOf(base) + pathPart;
	const segments: string[] = [];
	for (const segment of decode(joined.split('?')[0]!).split('/')) {
		if (segment === '' || segment === '.') continue;
		if (segment === '..') {
			if (segments.pop() === undefined) return null;
			continue;
		}

		segments.push(segment);
	}

	// A bare `#id` points into `base` itself.
	if (pathPart === '') return {path: base, fragment};
	return {path: segments.join('/'), fragment};
}
