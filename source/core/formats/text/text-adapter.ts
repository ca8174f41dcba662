import {readWork} from '../../read-work.js';
import {isBinary} from '../../text/decode-bytes.js';
import type {FileSource, FormatAdapter, OpenedBody, Refusal} from '../format-adapter.js';
import {readWhole} from '../file-source.js';

/** A text file read whole: its listing and its body come from the same pass. */
async function readTextFile(file: FileSource): Promise<OpenedBody | Refusal> {
	const result = readWork(await readWhole(file), file.path);
	if (!result.ok) return result;
	const {path, duplicateOf, ...meta} = result.meta;
	return {ok: true, meta, body: result.body};
}

/**
 * Text downloads (AO3's and FanFicFare's `.txt`, and plain stories): the
 * whole file is the listing and the body, so both read it once, whole.
 */
export const textAdapter: FormatAdapter = {
	name: 'text',
	extensions: ['txt'],
	recognise: head => head.length > 0 && !isBinary(head),
	async readListing(file) {
		const opened = await readTextFile(file);
		return opened.ok ? {ok: true, meta: opened.meta, identity: () => opened.body.paragraphs.join('\n\n')} : opened;
	},
	openBody: readTextFile,
};
