/**
 * Which adapter reads which file. The scan takes every name a fic download
 * can have; a name of a fic-like type that no adapter reads is still listed,
 * as skipped with a reason that says what to do, never left out in silence.
 */
import type {FormatAdapter} from './format-adapter.js';
import {epubAdapter} from './epub/epub-adapter.js';
import {htmlAdapter} from './html/html-adapter.js';
import {mobiAdapter} from './mobi/mobi-adapter.js';
import {textAdapter} from './text/text-adapter.js';

/** In the order a misnamed file's content is tried; text, which takes almost anything, last. */
export const adapters: readonly FormatAdapter[] = [epubAdapter, mobiAdapter, htmlAdapter, textAdapter];

/** Fic-like types no adapter reads, with what to do instead. */
const unsupported: ReadonlyMap<string, string> = new Map([
	['pdf', 'PDF is not supported yet; download EPUB or HTML'],
	['azw', 'AZW (an older Kindle format, often DRM-protected) is not supported; download EPUB, AZW3 or HTML'],
	['kfx', 'KFX (a Kindle format) is not supported; download EPUB, AZW3 or HTML'],
	['docx', 'Word documents are not supported; save it as HTML or text'],
	['doc', 'Word documents are not supported; save it as HTML or text'],
	['odt', 'OpenDocument text is not supported; save it as HTML or text'],
	['rtf', 'RTF is not supported yet; save it as HTML or text'],
	['fb2', 'FictionBook (FB2) is not supported yet; download EPUB or HTML'],
	['lit', 'Microsoft Reader (LIT) is not supported; convert it to EPUB'],
	['djvu', 'DjVu is not supported; download EPUB or HTML'],
]);

function extensionOf(name: string): string {
	const base = name.slice(name.lastIndexOf('/') + 1);
	const dot = base.lastIndexOf('.');
	return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

const byExtension = new Map(adapters.flatMap(adapter => adapter.extensions.map(extension => [extension, adapter] as const)));

/** Whether the scan takes a file of this name: one an adapter reads, or a fic-like type it must say it cannot read. */
export function isFicName(name: string): boolean {
	const extension = extensionOf(name);
	return byExtension.has(extension) || unsupported.has(extension);
}

/** Why a file of this name is not read, when its type is one no adapter reads. */
export function unsupportedReason(name: string): string | null {
	return unsupported.get(extensionOf(name)) ?? null;
}

/**
 * The adapter for a file, from its name and its first bytes. The name decides
 * when the content agrees; a file saved under the wrong name (an HTML page
 * kept as `.txt`, an EPUB renamed `.html`) is read as what it is. When nothing
 * recognises the content, the named adapter reads it anyway and says what is
 * wrong in its own words (an empty file, a broken zip).
 */
export function chooseAdapter(name: string, head: Uint8Array): FormatAdapter | {reason: string} {
	const reason = unsupportedReason(name);
	if (reason !== null) return {reason};
	const named = byExtension.get(extensionOf(name));
	if (named === undefined) return {reason: 'not a fic file type ficread reads'};
	// Text takes almost anything, so for a `.txt` a stronger signature wins.
	if (named !== textAdapter && named.recognise(head)) return named;
	return adapters.find(adapter => adapter !== textAdapter && adapter.recognise(head)) ?? named;
}
