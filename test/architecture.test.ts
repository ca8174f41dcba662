import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterEach, describe, expect, it} from 'vitest';
import {findCycles, importGraph, maxLines, oversized} from '../scripts/check-imports.js';

const source = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'source');

describe('the shape of source/ (issue 19)', () => {
	it('has no import cycle', () => {
		expect(findCycles(importGraph(source))).toEqual([]);
	});

	it(`has no module over ${maxLines} lines`, () => {
		expect(oversized(source)).toEqual([]);
	});
});

describe('check-imports', () => {
	let root: string | undefined;
	afterEach(async () => {
		if (root) await rm(root, {recursive: true, force: true});
	});

	async function tree(files: Record<string, string>): Promise<string> {
		root = await mkdtemp(path.join(os.tmpdir(), 'ficread-imports-'));
		for (const [file, text] of Object.entries(files)) {
			await mkdir(path.dirname(path.join(root, file)), {recursive: true});
			await writeFile(path.join(root, file), text);
		}

		return root;
	}

	it('finds a cycle through .js specifiers, type-only and multi-line imports, .tsx and re-exports', async () => {
		const folder = await tree({
			'a.ts': "import {b} from './sub/b.js';\n",
			'sub/b.ts': "import type {\n\tC,\n} from '../c.js';\n",
			'c.tsx': "export {a} from './a.js';\nimport 'node:fs';\n",
			'd.ts': "import {a} from './a.js';\n",
		});
		const graph = importGraph(folder);
		expect(graph.get('a.ts')).toEqual(['sub/b.ts']);
		expect(graph.get('sub/b.ts')).toEqual(['c.tsx']);
		expect(findCycles(graph)).toEqual([['a.ts', 'sub/b.ts', 'c.tsx']]);
	});

	it('finds no cycle where imports only go one way, and names files over the limit', async () => {
		const folder = await tree({
			'a.ts': "import {b} from './b.js';\nimport {c} from './c.js';\n",
			'b.ts': "import {c} from './c.js';\n",
			'c.ts': 'x;\n'.repeat(maxLines + 1),
		});
		expect(findCycles(importGraph(folder))).toEqual([]);
		expect(oversized(folder)).toEqual([{file: 'c.ts', lines: maxLines + 1}]);
	});
});
