/**
 * The house rules for the shape of `source/` (issue 19): no import cycle, and
 * no module over 300 lines. `node --import tsx scripts/check-imports.ts`
 * prints what breaks them; `test/architecture.test.ts` fails on it.
 */
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

export const maxLines = 300;

/** Every `.ts`/`.tsx` file below `root`, relative and `/`-separated. */
export function sourceFiles(root: string): string[] {
	return readdirSync(root, {recursive: true, encoding: 'utf8'})
		.filter(file => /\.tsx?$/.test(file))
		.map(file => file.split(path.sep).join('/'))
		.sort();
}

/** The modules of `root` each file imports (type-only imports too: a cycle of types is still a tangle). */
export function importGraph(root: string): Map<string, string[]> {
	const files = new Set(sourceFiles(root));
	const graph = new Map<string, string[]>();
	for (const file of files) {
		const text = readFileSync(path.join(root, file), 'utf8');
		const targets = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)'(\.[^']+)'/g)].map(match => {
			const joined = path.posix.join(path.posix.dirname(file), match[1]!);
			// Sources import `x.js` for `x.ts` or `x.tsx`.
			return [joined.replace(/\.js$/, '.ts'), joined.replace(/\.js$/, '.tsx')].find(candidate => files.has(candidate)) ?? joined;
		});
		graph.set(file, [...new Set(targets)].filter(target => files.has(target)));
	}

	return graph;
}

/** Each import cycle once, as the files along it (depth-first search over the graph). */
export function findCycles(graph: Map<string, string[]>): string[][] {
	const cycles: string[][] = [];
	const state = new Map<string, 'open' | 'done'>();
	const stack: string[] = [];
	const visit = (file: string): void => {
		state.set(file, 'open');
		stack.push(file);
		for (const target of graph.get(file) ?? []) {
			if (state.get(target) === 'open') cycles.push(stack.slice(stack.indexOf(target)));
			else if (!state.has(target)) visit(target);
		}

		stack.pop();
		state.set(file, 'done');
	};

	for (const file of graph.keys()) if (!state.has(file)) visit(file);
	return cycles;
}

/** Files over `maxLines` lines, with their length. */
export function oversized(root: string): Array<{file: string; lines: number}> {
	return sourceFiles(root)
		.map(file => ({file, lines: readFileSync(path.join(root, file), 'utf8').split('\n').length - 1}))
		.filter(({lines}) => lines > maxLines);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'source');
	const cycles = findCycles(importGraph(root));
	for (const cycle of cycles) console.log(`cycle: ${[...cycle, cycle[0]].join(' → ')}`);
	for (const {file, lines} of oversized(root)) console.log(`${lines} lines: ${file}`);
	process.exitCode = cycles.length > 0 || oversized(root).length > 0 ? 1 : 0;
}
