// Assembles source/core/grep/byte-scan.wat, with the tables of `unfitBytes` as
// its data, into source/core/grep/byte-scan-wasm.ts (committed: neither the
// build nor the tests assemble anything, but a test checks the two agree).
// Run: node --import tsx scripts/byte-scan-wasm.ts
import {readFileSync, writeFileSync} from 'node:fs';
import {pathToFileURL} from 'node:url';
import {byteScanModuleSource, byteScanModuleFile} from '../test/helpers/byte-scan-module.js';

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const source = await byteScanModuleSource(readFileSync('source/core/grep/byte-scan.wat', 'utf8'));
	writeFileSync(byteScanModuleFile, source);
	console.log(`wrote ${byteScanModuleFile} (${source.length} bytes)`);
}
