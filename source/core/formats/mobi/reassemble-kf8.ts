import {Buffer} from 'node:buffer';
import {fail} from './mobi-error.js';
import type {Index} from './read-index.js';
import {hasTag, u32} from './read-bytes.js';

/**
 * KF8 stores each XHTML file as a skeleton (the file with its body's content
 * cut out) followed by the fragments that go back into it, each at an insert
 * position counted in the whole text. Rebuilding a file means inserting its
 * fragments, in order, into its skeleton (calibre's `mobi8.py`,
 * `build_parts`). The skeleton index gives each file's fragment count and
 * place (tags 1 and 6); the fragment index gives each fragment's insert
 * position (its name), its selector in the CNCX (tag 2) and its length (tag 6).
 */

/** One skeleton: where it and its fragments lie in the text. */
export type Skeleton = {fragments: number; start: number; length: number};

/** One fragment: where it goes, and how long it is. */
export type Fragment = {insertAt: number; selector: string | null; offset: number; length: number};

export type Kf8Layout = {skeletons: Skeleton[]; fragments: Fragment[]};

function tagPair(tags: ReadonlyMap<number, readonly number[]>, tag: number): [number, number] {
	const values = tags.get(tag);
	if (values === undefined || values.length < 2) {
		fail('corrupt KF8 index (a skeleton or fragment has no place)');
	}

	return [values[0]!, values[1]!];
}

export function layoutFromIndexes(skeletonIndex: Index, fragmentIndex: Index): Kf8Layout {
	const skeletons = skeletonIndex.entries.map(({tags}) => {
		const [start, length] = tagPair(tags, 6);
		return {fragments: tags.get(1)?.[0] ?? 0, start, length};
	});
	const fragments = fragmentIndex.entries.map(({label, tags}) => {
		const [offset, length] = tagPair(tags, 6);
		const selector = tags.get(2)?.[0];
		return {insertAt: Number.parseInt(label, 10), selector: selector === undefined ? null : fragmentIndex.string(selector), offset, length};
	});
	return {skeletons, fragments};
}

/** The text flow's bounds from the FDST record (flow 0 is the XHTML; the rest are CSS and SVG), or null without one. */
export function readFlows(fdst: Uint8Array): Array<[number, number]> {
	if (!hasTag(fdst, 0, 'FDST')) {
		fail('corrupt KF8 file (no FDST record)');
	}

	const tableOffset = u32(fdst, 4, 'FDST record');
	const count = Math.min(u32(fdst, 8, 'FDST record'), 4096);
	const flows: Array<[number, number]> = [];
	for (let index = 0; index < count; index++) {
		const start = u32(fdst, tableOffset + index * 8, 'FDST record');
		const end = u32(fdst, tableOffset + index * 8 + 4, 'FDST record');
		if (start > end) {
			fail('corrupt KF8 file (flow ends before it starts)');
		}

		flows.push([start, end]);
	}

	return flows;
}

/** Where the tag carrying `aid="…"` ends in `skeleton`, past its `>`; -1 when there is none. */
function afterTagWithAid(skeleton: Uint8Array, aid: string): number {
	const needle = new TextEncoder().encode(`aid="${aid}"`);
	const at = Buffer.from(skeleton.buffer, skeleton.byteOffset, skeleton.length).indexOf(needle);
	if (at < 0) {
		return -1;
	}

	const close = skeleton.indexOf(0x3e, at);
	return close < 0 ? -1 : close + 1;
}

/** Whether `position` falls between a `<` and its `>`: inserting there would cut a tag in two. */
function insideTag(skeleton: Uint8Array, position: number): boolean {
	const open = skeleton.lastIndexOf(0x3c, position - 1);
	const close = skeleton.lastIndexOf(0x3e, position - 1);
	return open > close;
}

/**
 * The XHTML files in reading order, as bytes, for the skeletons whose text
 * lies wholly within `text` (a listing reads only the start of the text);
 * `complete` says whether that was all of them.
 */
export function reassembleFiles(text: Uint8Array, {skeletons, fragments}: Kf8Layout): {files: Uint8Array[]; complete: boolean} {
	const files: Uint8Array[] = [];
	let next = 0;
	for (const {fragments: count, start, length} of skeletons) {
		const own = fragments.slice(next, next + count);
		next += count;
		if (own.length < count) {
			fail('corrupt KF8 index (fewer fragments than the skeletons name)');
		}

		let end = start + length;
		for (const fragment of own) {
			end += fragment.length;
		}

		if (end > text.length) {
			return {files, complete: false};
		}

		let skeleton = text.subarray(start, start + length);
		let position = start + length;
		for (const fragment of own) {
			const part = text.subarray(position, position + fragment.length);
			position += fragment.length;
			let at = fragment.insertAt - start;
			if (!(at >= 0 && at <= skeleton.length) || insideTag(skeleton, at)) {
				// A writer's wrong insert position: fall back on the selector,
				// `P-//*[@aid='X']`, and insert after that tag (calibre does the same).
				const aid = /aid='([^']*)'/.exec(fragment.selector ?? '')?.[1];
				const after = aid === undefined ? -1 : afterTagWithAid(skeleton, aid);
				if (after < 0) {
					fail('corrupt KF8 file (a fragment has no place in its skeleton)');
				}

				at = Math.min(after + fragment.offset, skeleton.length);
			}

			skeleton = Buffer.concat([skeleton.subarray(0, at), part, skeleton.subarray(at)]);
		}

		files.push(skeleton);
	}

	return {files, complete: true};
}
