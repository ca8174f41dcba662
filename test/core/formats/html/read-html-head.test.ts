import {describe, expect, test} from 'vitest';
import {MAX_HEAD_BYTES, readHtmlHead} from '../../../../source/core/formats/html/read-html-head.js';
import {memoryFileSource} from '../../../helpers/byte-source.js';

const decode = (bytes: Uint8Array | null) => (bytes === null ? null : new TextDecoder().decode(bytes));

describe('readHtmlHead', () => {
	test('stops before div#chapters, even when the marker straddles two chunks', async () => {
		// The marker starts `at` bytes in: inside the first chunk, across the first boundary, on it, and later.
		for (const at of [10, 64 * 1024 - 5, 64 * 1024 - 1, 64 * 1024, 3 * 64 * 1024 + 5]) {
			const head = `<p>é${'x'.repeat(at - 9)}</p>`;
			expect(new TextEncoder().encode(head).length).toBe(at);
			const file = memoryFileSource(`${head}<div class="userstuff" id="chapters"><p>body</p></div>`);
			expect(decode(await readHtmlHead(file))).toBe(head);
			expect(file.furthest).toBeLessThan(file.size + 64 * 1024);
		}
	});

	test('gives null when there is no marker, or none within the cap', async () => {
		expect(await readHtmlHead(memoryFileSource('<p>no chapters here</p>'))).toBeNull();
		const file = memoryFileSource(`${'x'.repeat(MAX_HEAD_BYTES + 10)}<div id="chapters">`);
		expect(await readHtmlHead(file)).toBeNull();
		expect(file.furthest).toBeLessThanOrEqual(MAX_HEAD_BYTES + 64 * 1024);
	});
});
