import {Buffer} from 'node:buffer';
import {fail} from './mobi-error.js';
import type {MobiBook} from './open-mobi-book.js';
import {layoutFromIndexes, type Kf8Layout, readFlows, reassembleFiles} from './reassemble-kf8.js';
import {readIndex} from './read-index.js';
import {NO_INDEX} from './read-mobi-header.js';
import {readText, readTextUntil} from './read-text.js';

/** A KF8 book's XHTML files in reading order, and the CSS of its other flows. */
export type Kf8Files = {files: Uint8Array[]; css: Uint8Array};

type Kf8Plan = {layout: Kf8Layout; flows: Array<[number, number]> | null};

async function readPlan(book: MobiBook): Promise<Kf8Plan> {
	const {pdb, headerRecord} = book;
	const indexes = book.header.kf8!;
	const skeletons = await readIndex(pdb, headerRecord + indexes.skeleton);
	const fragments = await readIndex(pdb, headerRecord + indexes.fragment);
	// With a single flow the FDST record may be missing, and its number garbage (calibre's note).
	const hasFdst = indexes.fdstCount > 1 && indexes.fdst !== NO_INDEX;
	const flows = hasFdst ? readFlows(await pdb.read(headerRecord + indexes.fdst)) : null;
	return {layout: layoutFromIndexes(skeletons, fragments), flows};
}

/** Flow 0 (the XHTML) and the style sheets among the other flows (SVG images are not text). */
function splitFlows(text: Uint8Array, flows: Kf8Plan['flows']): {markup: Uint8Array; css: Uint8Array} {
	if (flows === null || flows.length === 0) {
		return {markup: text, css: new Uint8Array()};
	}

	const [start, end] = flows[0]!;
	const sheets = flows.slice(1).map(([from, to]) => text.subarray(from, to)).filter(flow => !new TextDecoder().decode(flow.subarray(0, 4096)).includes('<svg'));
	return {markup: text.subarray(start, end), css: Buffer.concat(sheets)};
}

/** The whole book: every file, reassembled. */
export async function readKf8Files(book: MobiBook): Promise<Kf8Files> {
	const plan = await readPlan(book);
	const {markup, css} = splitFlows(await readText(book.pdb, book), plan.flows);
	const {files, complete} = reassembleFiles(markup, plan.layout);
	if (!complete) {
		fail('corrupt KF8 file (its skeletons reach past the end of its text)');
	}

	return {files, css};
}

/**
 * The first files only, read until `enough` says they hold what a listing
 * needs. Style sheets follow the text, so a listing goes without them.
 */
export async function readFirstKf8Files(book: MobiBook, enough: (files: Uint8Array[]) => boolean): Promise<Uint8Array[]> {
	const plan = await readPlan(book);
	const text = await readTextUntil(book.pdb, book, partial => enough(reassembleFiles(partial, plan.layout).files));
	return reassembleFiles(text, plan.layout).files;
}
