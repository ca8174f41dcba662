/**
 * The app's full-text search, timed in a real terminal on the 10,000-work
 * text library of `fic-folder.ts`: `f`, the phrase and Enter sent at once,
 * then the time to the first frame showing a hit, to the frame saying the
 * search is done, and of `j` moves made while it runs (the UI must not
 * freeze). In the same run, as the baseline, `ficread DIR --grep PHRASE
 * --json` and `rg -l -i -F PHRASE DIR` (when installed), whole command lines.
 *
 *   node --import tsx bench/full-text-bench.ts [--runs 3] [--phrases N] [--wait SECONDS] [--grep-too] [--cli dist/cli.js]
 *
 * `app-bench.ts` adds the app's rows to its own table through `timeFullText`.
 */
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, realpathSync, rmSync} from 'node:fs';
import {loadavg, tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {argument} from './bench-args.js';
import {ensureFicFolder} from './fic-folder.js';
import {body, delay, type Frame, KEYS, listedWorks, PtyApp, quitApp, statusLine, TimeoutError, UI} from './pty-driver.js';

/** What the full-text screen shows: a hit line (highlighted), the progress line when done. */
export const fullTextUi = {
	open: 'f',
	highlightedHit: /▸ ¶[\d,]+ /,
	done: /done: searched ([\d,]+) works? · (?:([\d,]+) works?, ([\d,]+)\+? hits?|no hits)/,
	prompt: 'Full-text search: type a phrase',
} as const;

/**
 * Phrases of the generated library's text: in some 40% of the works, in
 * some 6%, and in none (the whole library searched before anything is said).
 */
export const fullTextPhrases = ['the grey street', 'Teodor lost when Ines', 'the lamp was'];

export type FullTextTiming = {firstHits: number | undefined; done: number | undefined; moves: number[]; works: number; hits: number};

const text = (frame: Frame) => frame.lines.join('\n');
/** The highlighted hit line, with its row: the generated library repeats paragraphs, so two hits can read the same. */
const highlighted = (frame: Frame) => {
	const row = frame.lines.findIndex(line => fullTextUi.highlightedHit.test(line));
	return row < 0 ? undefined : `${row}:${frame.lines[row]!}`;
};
const count = (value: string | undefined) => (value === undefined ? 0 : Number(value.replaceAll(',', '')));

/**
 * From the list: opens the full-text search, sends the phrase and Enter in
 * one write (the search starts at once, as Enter starts it), and times the
 * first hit on screen and the done line. While the search runs, up to
 * `moves` `j` keys are timed, each to the frame where the highlight moved.
 * Leaves the app on the list again (Esc).
 */
export async function timeFullText(app: PtyApp, phrase: string, {moves = 5, timeoutMs = 240_000} = {}): Promise<FullTextTiming> {
	app.send(fullTextUi.open);
	await app.waitForFrame(frame => text(frame).includes(fullTextUi.prompt), 10_000);
	const sent = app.send(`${phrase}${KEYS.enter}`);
	const first = await app.waitForFrame(frame => highlighted(frame) !== undefined || fullTextUi.done.test(text(frame)), timeoutMs, sent).catch(() => undefined);
	const firstHits = first && highlighted(first) !== undefined ? first.t - sent : undefined;
	const timed: number[] = [];
	let running = first !== undefined && !fullTextUi.done.test(text(first));
	for (let index = 0; index < moves && running; index++) {
		const before = highlighted(app.lastFrame!);
		const at = app.send(KEYS.down);
		const moved = await app.waitForFrame(frame => highlighted(frame) !== before || fullTextUi.done.test(text(frame)), 5_000, at).catch(() => undefined);
		if (!moved || highlighted(moved) === before) break;
		timed.push(moved.t - at);
		running = !fullTextUi.done.test(text(moved));
	}

	const done = await app.waitForFrame(frame => fullTextUi.done.test(text(frame)), timeoutMs, sent).catch((error: unknown) => {
		if (error instanceof TimeoutError) return undefined;
		throw error;
	});
	const found = done ? fullTextUi.done.exec(text(done)) : null;
	app.send(KEYS.esc);
	await app.waitForFrame(frame => statusLine(frame.lines).includes(UI.listHint), 10_000);
	return {firstHits, done: done ? done.t - sent : undefined, moves: timed, works: count(found?.[2]), hits: count(found?.[3])};
}

function wholeCommand(command: string, args: string[]): number {
	const start = performance.now();
	spawnSync(command, args, {stdio: ['ignore', 'ignore', 'ignore'], maxBuffer: 1 << 30});
	return performance.now() - start;
}

async function main(): Promise<void> {
	const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
	const cli = argument('--cli') ?? path.join(repo, 'dist', 'cli.js');
	if (!existsSync(cli)) throw new Error('build first: node scripts/build.js');
	const runs = Number(argument('--runs') ?? 3);
	const folder = ensureFicFolder(10_000, 1, line => console.log(line));
	// rg does not follow a folder that is a link; the app is given the same path.
	const dir = realpathSync(folder.dir);
	const home = mkdtempSync(path.join(tmpdir(), 'ficread-full-text-bench-'));
	const env: NodeJS.ProcessEnv = {...process.env, XDG_CACHE_HOME: path.join(home, 'cache'), XDG_DATA_HOME: path.join(home, 'data')};
	delete env['NODE_OPTIONS'];
	delete env['FICREAD_STATE'];
	const app = new PtyApp({command: process.execPath, args: [cli, dir], cols: 100, rows: 50, env, cwd: repo});
	try {
		await app.waitForFrame(frame => listedWorks(frame) === folder.files && !UI.scanning.test(text(frame)), 180_000, app.startedAt);
		console.log(`load average before: ${loadavg().map(value => value.toFixed(2)).join(' ')}`);
		// The baseline for j while a search runs: j on the list, nothing running, in the same run.
		const idle: number[] = [];
		for (let move = 0; move < 5; move++) {
			const before = body(app.lastFrame!.lines);
			const at = app.send(KEYS.down);
			idle.push((await app.waitForFrame(frame => body(frame.lines) !== before, 10_000, at)).t - at);
			await delay(50);
		}

		console.log(`j on the list, idle: ${idle.map(value => value.toFixed(0)).join(', ')} ms`);
		for (const phrase of fullTextPhrases.slice(0, Number(argument('--phrases') ?? fullTextPhrases.length))) {
			for (let run = 0; run < runs; run++) {
				const timing = await timeFullText(app, phrase, {timeoutMs: Number(argument('--wait') ?? 240) * 1000});
				const moves = timing.moves.length === 0 ? '—' : `${timing.moves.map(value => value.toFixed(0)).join(', ')} ms`;
				console.log(
					`${JSON.stringify(phrase).padEnd(24)} app: first hits ${timing.firstHits?.toFixed(0) ?? '—'} ms · done ${timing.done?.toFixed(0) ?? '—'} ms (${timing.works} works, ${timing.hits} hits) · j while running ${moves} · load ${loadavg()[0]!.toFixed(2)}`,
				);
			}

			// The same phrase, the same files, side by side: whole command lines (--grep only with --grep-too: it is slow).
			const grep = process.argv.includes('--grep-too') ? wholeCommand(process.execPath, [cli, dir, '--grep', phrase, '--json']) : Number.NaN;
			const rg = spawnSync('rg', ['--version']).status === 0 ? wholeCommand('rg', ['-l', '-i', '-F', phrase, dir]) : Number.NaN;
			const shown = (value: number) => (Number.isNaN(value) ? '— (not run)' : `${value.toFixed(0)} ms`);
			console.log(`${JSON.stringify(phrase).padEnd(24)} --grep --json ${shown(grep)} · rg -l -i -F ${shown(rg)} · load ${loadavg()[0]!.toFixed(2)}`);
		}
	} finally {
		await quitApp(app);
		rmSync(home, {recursive: true, force: true});
	}
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
