import type {Encoding, RepairNote} from '../../work.js';
import {decodeCp1252} from '../../text/decode-bytes.js';
import {repairMojibake} from '../../text/repair-mojibake.js';

const utf8 = new TextDecoder('utf-8');

/** The `Encoding` a MOBI header's code page stands for. */
export function encodingOf(codePage: number): Encoding {
	return codePage === 1252 ? 'windows-1252' : 'utf-8';
}

/**
 * Decodes MOBI text in the encoding its header names (no guessing: the
 * header says), repairing mojibake on the way, which `notes` records.
 * Sanitizing is left to the markup parser, which does it for every string it
 * keeps; plain strings (EXTH values) go through `sanitize` where they are used.
 */
export function decodeMobiText(bytes: Uint8Array, codePage: number, notes?: RepairNote[]): string {
	const text = codePage === 1252 ? decodeCp1252(bytes) : utf8.decode(bytes);
	return repairMojibake(text, notes);
}
