/**
 * The package document (OPF): the book's Dublin Core metadata, its manifest
 * and its spine. Element and attribute names are matched by local name, as
 * books spell the prefixes every way (`dc:title`, `opf:meta`, a default
 * namespace, none at all).
 */
import type {Series} from '../../work.js';
import {parseMarkup, type MarkupElement} from '../markup/parse-markup.js';
import {findAll} from '../markup/query-markup.js';
import {resolveHref} from './epub-paths.js';
import {attribute, cleanValue, named} from './xml-helpers.js';

export type ManifestItem = {id: string; path: string; mediaType: string; properties: string[]};

export type Identifier = {id: string | null; scheme: string | null; value: string};

export type PackageDocument = {
	/** The OPF's own zip entry name; its hrefs are relative to it. */
	path: string;
	/** The package's unique identifier's value, when it names one that exists. */
	uniqueIdentifier: string | null;
	identifiers: Identifier[];
	title: string | null;
	/** Creators who are authors: no role, or `aut`. */
	creators: string[];
	subjects: string[];
	/** As the OPF holds it: often HTML, escaped into the XML. */
	description: string | null;
	language: string | null;
	date: string | null;
	source: string | null;
	publisher: string | null;
	series: Series | null;
	/** Linear spine items in reading order. */
	spine: ManifestItem[];
	/** The EPUB 2 table of contents (`toc.ncx`), when there is one. */
	ncx: ManifestItem | null;
	/** The EPUB 3 navigation document, when there is one. */
	nav: ManifestItem | null;
	stylesheets: ManifestItem[];
};

function elementsNamed(root: MarkupElement, name: string): MarkupElement[] {
	return findAll(root, named(name));
}

function firstValue(root: MarkupElement, name: string): string | null {
	for (const element of elementsNamed(root, name)) {
		const value = cleanValue(element);
		if (value !== '') return value;
	}

	return null;
}

/** EPUB 3 gives a creator's role in a `<meta refines="#id" property="role">`. */
function refinements(metadata: MarkupElement, property: string): Map<string, string> {
	const values = new Map<string, string>();
	for (const meta of elementsNamed(metadata, 'meta')) {
		const refines = attribute(meta, 'refines');
		if (refines?.startsWith('#') && attribute(meta, 'property') === property) values.set(refines.slice(1), cleanValue(meta));
	}

	return values;
}

function readCreators(metadata: MarkupElement): string[] {
	const roles = refinements(metadata, 'role');
	const creators: string[] = [];
	for (const creator of elementsNamed(metadata, 'creator')) {
		const id = attribute(creator, 'id');
		const role = attribute(creator, 'role') ?? (id === null ? undefined : roles.get(id)) ?? 'aut';
		const name = cleanValue(creator);
		if (role.toLowerCase() === 'aut' && name !== '' && !creators.includes(name)) creators.push(name);
	}

	return creators;
}

/** calibre's `calibre:series` meta, or EPUB 3's `belongs-to-collection`. */
function readSeries(metadata: MarkupElement): Series | null {
	const named = new Map<string, string>();
	for (const meta of elementsNamed(metadata, 'meta')) {
		const name = attribute(meta, 'name');
		if (name !== null) named.set(name, attribute(meta, 'content') ?? '');
	}

	const calibre = named.get('calibre:series')?.trim();
	if (calibre) {
		const index = Number(named.get('calibre:series_index'));
		return {name: calibre, part: Number.isInteger(index) && index > 0 ? index : null};
	}

	const positions = refinements(metadata, 'group-position');
	for (const meta of elementsNamed(metadata, 'meta')) {
		if (attribute(meta, 'property') !== 'belongs-to-collection') continue;
		const name = cleanValue(meta);
		const id = attribute(meta, 'id');
		const part = Number(id === null ? Number.NaN : positions.get(id));
		if (name !== '') return {name, part: Number.isInteger(part) && part > 0 ? part : null};
	}

	return null;
}

function readManifest(root: MarkupElement, path: string): Map<string, ManifestItem> {
	const manifest = new Map<string, ManifestItem>();
	for (const item of elementsNamed(root, 'item')) {
		const id = attribute(item, 'id');
		const target = resolveHref(path, attribute(item, 'href') ?? '');
		if (id === null || target === null || manifest.has(id)) continue;
		const properties = (attribute(item, 'properties') ?? '').split(/\s+/).filter(Boolean);
		manifest.set(id, {id, path: target.path, mediaType: (attribute(item, 'media-type') ?? '').toLowerCase(), properties});
	}

	return manifest;
}

function isDocument(item: ManifestItem): boolean {
	return /html/.test(item.mediaType) || /\.x?html?$/i.test(item.path);
}

function readIdentifiers(metadata: MarkupElement): Identifier[] {
	return elementsNamed(metadata, 'identifier')
		.map(element => ({id: attribute(element, 'id'), scheme: attribute(element, 'scheme'), value: cleanValue(element)}))
		.filter(identifier => identifier.value !== '');
}

/** Reads the OPF at `path` from its text. */
export function readPackage(text: string, path: string): PackageDocument {
	const root = parseMarkup(text, {xml: true});
	const metadata = elementsNamed(root, 'metadata')[0] ?? root;
	const manifest = readManifest(root, path);
	const spineElement = elementsNamed(root, 'spine')[0];
	const spine: ManifestItem[] = [];
	for (const itemref of spineElement === undefined ? [] : elementsNamed(spineElement, 'itemref')) {
		const item = manifest.get(attribute(itemref, 'idref') ?? '');
		if (item !== undefined && isDocument(item) && attribute(itemref, 'linear') !== 'no' && !spine.includes(item)) spine.push(item);
	}

	const items = [...manifest.values()];
	const identifiers = readIdentifiers(metadata);
	const packageElement = elementsNamed(root, 'package')[0];
	const uniqueId = packageElement === undefined ? null : attribute(packageElement, 'unique-identifier');
	const date = firstValue(metadata, 'date');
	return {
		path,
		uniqueIdentifier: identifiers.find(identifier => identifier.id === uniqueId)?.value ?? null,
		identifiers,
		title: firstValue(metadata, 'title'),
		creators: readCreators(metadata),
		subjects: [...new Set(elementsNamed(metadata, 'subject').map(element => cleanValue(element)).filter(Boolean))],
		description: firstValue(metadata, 'description'),
		language: firstValue(metadata, 'language'),
		// calibre writes a time of day nobody chose; the day is what a reader wants.
		date: date === null ? null : (/^\d{4}-\d{2}-\d{2}/.exec(date)?.[0] ?? date),
		source: firstValue(metadata, 'source'),
		publisher: firstValue(metadata, 'publisher'),
		series: readSeries(metadata),
		spine,
		ncx: manifest.get(spineElement === undefined ? '' : (attribute(spineElement, 'toc') ?? ''))
			?? items.find(item => item.mediaType === 'application/x-dtbncx+xml') ?? null,
		nav: items.find(item => item.properties.includes('nav')) ?? null,
		stylesheets: items.filter(item => item.mediaType === 'text/css'),
	};
}
