/**
 * How source/core/grep/byte-scan-wasm.ts is made (scripts/byte-scan-wasm.ts
 * writes it; test/core/grep/byte-scan.test.ts checks the committed one): the
 * module in byte-scan.wat, with tables read off `unfitBytes` by trying it on
 * every byte, pair and triple it can start on.
 */
import wabt from 'wabt';
import {unfitBytes} from '../../source/core/grep/phrase-bytes.js';

export const byteScanModuleFile = 'source/core/grep/byte-scan-wasm.ts';

const pairsAt = 256;
const thirdsAt = 4352;

/** How long `unfitBytes` matches at the start of these bytes (read as Latin-1), 0 for no match. */
function matchLength(...bytes: number[]): number {
	const sticky = new RegExp(unfitBytes.source, 'y');
	return sticky.exec(String.fromCharCode(...bytes))?.[0].length ?? 0;
}

/** The tables byte-scan.wat reads; throws when `unfitBytes` matches something they cannot say. */
export function unfitTables(): Uint8Array {
	const single = Array.from({length: 256}, (_, byte) => matchLength(byte) === 1);
	const pairs = new Uint8Array(64 * 64);
	const thirds: string[] = [];
	for (let lead = 0; lead < 256; lead++) {
		if (single[lead]) continue;
		for (let next = 0; next < 256; next++) {
			if (single[next]) continue;
			const length = matchLength(lead, next, 0x41);
			const continued = lead >= 0xc0 && next >= 0x80 && next < 0xc0;
			if (length > 0 && !continued) throw new Error(`unfitBytes matches ${lead.toString(16)} ${next.toString(16)}, which the tables cannot hold`);
			if (!continued) continue;
			if (length === 2) {
				pairs[((lead - 0xc0) << 6) + next - 0x80] = 1;
				continue;
			}

			const third = Array.from({length: 256}, (_, byte) => matchLength(lead, next, byte));
			if (third.some((found, byte) => found === 3 && (byte < 0x80 || byte >= 0xc0)) || third.some(found => found > 3)) {
				throw new Error(`unfitBytes matches ${lead.toString(16)} ${next.toString(16)} and a byte the tables cannot hold`);
			}

			const table = third.slice(0x80, 0xc0).map(found => (found === 3 ? '1' : '0')).join('');
			if (!table.includes('1')) continue;
			if (!thirds.includes(table)) thirds.push(table);
			pairs[((lead - 0xc0) << 6) + next - 0x80] = 2 + thirds.indexOf(table);
		}
	}

	const tables = new Uint8Array(thirdsAt + 64 * thirds.length);
	tables.set(single.map(Number), 0);
	tables.set(pairs, pairsAt);
	for (const [index, table] of thirds.entries()) tables.set([...table].map(Number), thirdsAt + 64 * index);
	return tables;
}

/** The text of byte-scan-wasm.ts for the module `wat`. */
export async function byteScanModuleSource(wat: string): Promise<string> {
	const data = [...unfitTables()].map(byte => `\\${byte.toString(16).padStart(2, '0')}`).join('');
	const withData = wat.replace(/\)\s*$/, `  (data (i32.const 0) "${data}"))\n`);
	const tools = await wabt();
	const parsed = tools.parseWat('byte-scan.wat', withData, {simd: true});
	const {buffer} = parsed.toBinary({});
	parsed.destroy();
	const base64 = Buffer.from(buffer).toString('base64');
	return [
		'// Made by scripts/byte-scan-wasm.ts from byte-scan.wat and `unfitBytes`: do not edit.',
		`export const byteScanWasm = '${base64}';`,
		'',
	].join('\n');
}
