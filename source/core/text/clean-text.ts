import type {Encoding, RepairNote} from '../work.js';
import {decodeBytes} from './decode-bytes.js';
import {repairMojibake} from './repair-mojibake.js';
import {sanitize} from './sanitize.js';

/**
 * Turns a fic file's bytes into text that is safe to show: decoded, mojibake
 * repaired, then sanitized. The order matters: the repair needs the C1
 * characters that sanitizing would remove.
 */
export function cleanText(bytes: Uint8Array): {text: string; encoding: Encoding; notes: RepairNote[]} {
	const {text: decoded, encoding} = decodeBytes(bytes);
	const notes: RepairNote[] = [];
	const repaired = repairMojibake(decoded, notes);
	const sanitized = sanitize(repaired);
	return {text: sanitized.text, encoding, notes: [...notes, ...sanitized.notes]};
}
