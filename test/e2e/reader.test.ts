import {execFileSync} from 'node:child_process';
import {existsSync, rmSync, writeFileSync} from 'node:fs';
import {mkdtemp, readdir, readFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {holdStart} from '../helpers/hold-start.js';
import {cliPath, fixture, seedsDir} from '../helpers/run-cli.js';
import {shellQuote, TmuxPane} from '../helpers/tmux.js';

const panes: TmuxPane[] = [];

afterEach(async () => {
	await Promise.all(panes.splice(0).map(async pane => pane.kill()));
});

/** ficread as `npx ficread` and a PATH link run it: the command file itself, through its launcher. */
async function start(dir: string, {columns = 120, rows = 36, args = ''} = {}): Promise<TmuxPane> {
	const pane = await TmuxPane.start(`exec ${shellQuote(cliPath)} ${shellQuote(dir)} ${args}`, {columns, rows});
	panes.push(pane);
	await pane.waitFor(libraryShown);
	return pane;
}

/** The list is drawn, down to the status bar's hints (a frame is drawn top down), and the scan has finished. */
const libraryShown = (screen: string) => screen.includes('Library ·') && !screen.includes('Scanning') && screen.includes('↑/↓ move');

/** The line of the screen holding the list cursor. */
const selectedRow = (screen: string) => screen.split('\n').find(line => line.startsWith('▸ ')) ?? '';

describe('the reader in a real terminal', () => {
	it('opens on the alternate screen with the list, reader and sidebar', async () => {
		const pane = await start(fixture('library'));
		const screen = await pane.screen();
		expect(await pane.paneValue('alternate_on')).toBe('1');
		expect(screen).toContain('Library · 10 works');
		// Beside the list, a preview of the work under the cursor.
		expect(screen).toMatch(/by nightjar\S*/);
		expect(screen).toMatch(/Rating\s*$/m);
		expect(selectedRow(screen)).toContain('A Map of Small Hours');
	});

	it('moves through the list, opens a work, pages forward and back, and returns', async () => {
		const pane = await start(fixture('library'));
		// The other copy of A Map of Small Hours is not a row: two moves reach the third work.
		await pane.press('j', 'Down');
		await pane.waitFor(screen => selectedRow(screen).includes('notes-from-the-train'));
		await pane.press('G');
		await pane.waitFor(screen => selectedRow(screen).includes('Zoë and the Café'));
		await pane.press('g');
		await pane.waitFor(screen => selectedRow(screen).includes('A Map of Small Hours'));

		// The long work: The Lamp at Gull Point, 6 chapters.
		await pane.type('/');
		await pane.type('lamp gull');
		await pane.waitFor(screen => selectedRow(screen).includes('The Lamp at Gull Point'));
		await pane.press('Enter', 'Enter');
		const first = await pane.waitFor(/page 1\/\d+/);
		expect(first).toContain('The Lamp at Gull Point · Chapter 1: The Key');
		await pane.press('Space');
		await pane.waitFor(/page 2\/\d+/);
		await pane.press('PageDown');
		await pane.waitFor(/page 3\/\d+/);
		await pane.press('b');
		await pane.waitFor(/page 2\/\d+/);
		await pane.press('Left');
		const back = await pane.waitFor(/page 1\/\d+/);
		expect(back).toContain('Chapter 1: The Key');
		await pane.press('G');
		// The last page, which starts in chapter 5 now that the text has the width of the screen.
		await pane.waitFor(/page (\d+)\/\1 · 100%/);
		await pane.press('Escape');
		await pane.waitFor('↑/↓ move · Enter read');
	});

	it('keeps keys typed before the first frame for the list', async () => {
		const held = await holdStart(fixture('library'), cliPath);
		const pane = await TmuxPane.start(`exec ${held.command}`, {columns: 120, rows: 36});
		panes.push(pane);
		await held.holding();
		await pane.type('jj');
		held.release();
		await pane.waitFor(screen => libraryShown(screen) && selectedRow(screen).includes('notes-from-the-train'));
	});

	// Regression: text, Enter and a key typed ahead in one read left the Enter as a space in the box.
	it('takes an Enter typed ahead with text as Enter, and a pasted line break as text', async () => {
		const pane = await start(fixture('library'));
		await pane.type('/');
		await pane.waitFor(/^\/ +10 of 10/m);
		await pane.type('the\r?');
		// Enter opened the top result, so ? opened the help instead of joining the query.
		await pane.waitFor('ficread keys');
		await pane.press('Escape');
		await pane.waitFor(/\d+%/);
		await pane.press('Escape');
		await pane.waitFor(/^\/the +\d+ of 10/m);
		await pane.press('Escape');
		await pane.waitFor(/Library · 10 works/);
		await pane.type('/');
		await pane.paste('slow\nburn');
		await pane.waitFor(/^\/slow burn +\d+ of 10/m);
		await pane.press('Escape');
		await pane.type('q');
		expect(await pane.waitForExit()).toBe(0);
	});

	// Regression (issue 16.5): a pasted U+202E reached the terminal through the search box, the find box and "No match".
	it('keeps a pasted bidi override off the screen: search box, find box, and the find status', async () => {
		const pane = await start(fixture('library'));
		await pane.type('/');
		await pane.waitFor(/^\/ +10 of 10/m);
		await pane.paste('zq\u202Ejx');
		expect(await pane.waitFor(/^\/zqjx +0 of 10/m)).not.toContain('\u202E');
		await pane.press('Escape');
		await pane.waitFor(/Library · 10 works/);
		await pane.press('Enter');
		await pane.waitFor(/\d+%/);
		await pane.type('/');
		await pane.waitFor('Find:');
		await pane.paste('zq\u202Ejx');
		expect(await pane.waitFor('Find: zqjx')).not.toContain('\u202E');
		await pane.press('Enter');
		expect(await pane.waitFor('No match for "zqjx"')).not.toContain('\u202E');
	});

	// Regression: Ctrl-F1 (ESC [ 1 ; 5 P) ended ficread with "unexpected error": Ink threw on Ctrl with a key it
	// could not name.
	it('ignores Ctrl with a key Ink cannot name, in the list and in the search box', async () => {
		const pane = await start(fixture('library'));
		await pane.press('C-F1');
		await pane.type('/');
		await pane.waitFor(/^\/ +10 of 10/m);
		await pane.press('C-F1');
		await pane.type('lamp');
		await pane.waitFor(/^\/lamp +\d+ of 10/m);
		await pane.press('Escape');
		await pane.waitFor(/Library · 10 works/);
		await pane.type('q');
		expect(await pane.waitForExit()).toBe(0);
	});

	// Regression: list keys typed ahead of a search's result moved through the old list.
	it('moves typed ahead of a search result through that result, as if typed after it', async () => {
		const slow = await start(fixture('library'));
		await slow.type('/small');
		await slow.waitFor(screen => /^\/small +\d+ of 10/m.test(screen) && screen.includes('Title ◂ match'));
		await slow.press('Tab');
		const top = selectedRow(await slow.waitFor('↑/↓ move · Enter read'));
		await slow.press('G');
		const last = selectedRow(await slow.waitFor(screen => selectedRow(screen) !== top));
		await slow.press('k');
		const expected = selectedRow(await slow.waitFor(screen => selectedRow(screen) !== last));
		expect(expected).toContain('Small');
		const fast = await start(fixture('library'));
		// In one write: the app reads the keys together, before the search has run.
		await fast.type('/small\tGk');
		await fast.waitFor(screen => /^\/small +\d+ of 10/m.test(screen) && selectedRow(screen) === expected);
	});

	it('filters the list as you type and clears with Esc', async () => {
		const pane = await start(fixture('library'));
		await pane.type('/slow');
		// Wait for the result of the whole query, not of its first letters (the query shows before its result;
		// the sidebar naming the title as matched is the whole query's: "s" alone matches other fields first).
		const filtered = await pane.waitFor(screen => /^\/slow +\d+ of 10/m.test(screen) && selectedRow(screen).includes('Slow Burn in the Bakery') && screen.includes('Title ◂ match'));
		expect(filtered).toMatch(/\/slow +\d+ of 10/);
		expect(Number(/(\d+) of 10/.exec(filtered)![1])).toBeLessThan(10);
		// Matched characters are underlined in the row.
		expect(await pane.screenWithAttributes()).toMatch(/\u001B\[[\d;]*4[;\dm]*[^\u001B]*Slow/);
		await pane.press('BSpace', 'BSpace', 'BSpace', 'BSpace');
		await pane.waitFor(/10 of 10/);
		await pane.type('words:>abc');
		await pane.waitFor('words: expects a number');
		await pane.press('C-u');
		await pane.waitFor(/10 of 10/);
		await pane.type('zzzzqqq');
		await pane.waitFor(/0 of 10/);
		await pane.press('Escape');
		await pane.waitFor('Library · 10 works');
	});

	it('re-lays out when resized narrow and back, keeping the reader on the same text', async () => {
		const pane = await start(fixture('library'), {columns: 120, rows: 30});
		await pane.type('/lamp gull');
		await pane.waitFor(screen => selectedRow(screen).includes('The Lamp at Gull Point'));
		await pane.press('Enter', 'Enter');
		await pane.waitFor(/page 1\//);
		await pane.press('Space', 'Space');
		const before = await pane.waitFor(/page 3\//);
		// The first words of text in the reader pane, below its title line (the list steps aside while reading).
		const firstWords = (screen: string) => {
			const text = screen.split('\n').slice(1).map(line => line.split('│')[0]?.trim() ?? '').find(line => line !== '') ?? '';
			return text.split(/\s+/).slice(0, 3).join(' ');
		};
		const words = firstWords(before);
		expect(words.length).toBeGreaterThan(0);

		await pane.resize(50, 20);
		const narrow = await pane.waitFor(screen => !screen.includes('/lamp gull') && screen.includes('The Lamp at Gull Point'));
		expect(narrow.split('\n').join(' ')).toContain(words);
		await pane.resize(30, 8);
		await pane.waitFor('Terminal too small');
		await pane.resize(120, 30);
		// The list stays aside while the work is read, at any width.
		const wide = await pane.waitFor(screen => !screen.includes('/lamp gull') && screen.includes('The Lamp at Gull Point ·') && !screen.includes('Terminal too small'));
		expect(wide.split('\n').join(' ')).toContain(words);
	});

	// Regression: Esc after a search that found nothing selected the first work, not the one selected before.
	it('keeps the selected work through a search that finds nothing', async () => {
		const pane = await start(fixture('library'));
		await pane.press('G');
		await pane.waitFor(screen => selectedRow(screen).includes('Zoë and the Café'));
		await pane.type('/zz');
		await pane.waitFor('No work matches');
		await pane.press('Escape');
		// The heading is drawn first: wait for the rows below it too.
		await pane.waitFor(screen => screen.includes('Library · 10 works') && selectedRow(screen).includes('Zoë and the Café'));
	});

	// Regression: under the "terminal too small" notice j scrolled the hidden reader and i opened the sidebar.
	it('answers only q while the terminal is too small', async () => {
		const pane = await start(fixture('library'), {columns: 100, rows: 30});
		await pane.type('/lamp gull');
		await pane.waitFor(screen => selectedRow(screen).includes('The Lamp at Gull Point'));
		await pane.press('Enter', 'Enter');
		const before = await pane.waitFor(/page 1\/\d+/);
		await pane.resize(30, 8);
		await pane.waitFor('q quit');
		await pane.type('jjji');
		await pane.press('Space', 'Escape');
		// A redraw after the keys, so they have been read before the terminal grows back.
		await pane.resize(31, 8);
		await pane.waitFor('(31×8)');
		await pane.resize(100, 30);
		await pane.waitFor(screen => screen === before);
		await pane.resize(30, 8);
		await pane.waitFor('q quit');
		await pane.type('q');
		expect(await pane.waitForExit()).toBe(0);
	});

	it('shows the help overlay from the keymap and the skipped files', async () => {
		const pane = await start(fixture('library'));
		await pane.type('?');
		// A big frame can reach the terminal in more than one write: wait for its last lines, not its first.
		await pane.waitFor(screen => screen.includes('ficread keys') && screen.includes('Open the work in the reader'));
		await pane.press('Escape');
		await pane.waitFor('Library · 10 works');
		await pane.type('x');
		// A box sized to the page beside the list: a long reason wraps inside it.
		await pane.waitFor(screen => screen.includes('Skipped files: 2') && screen.includes('cover.txt — binary file (NUL byte') && screen.includes('empty.txt — empty file'));
		await pane.type('x');
		await pane.waitFor('Library · 10 works');
	});

	it('shows the sidebar over the reader with i on a narrow terminal', async () => {
		const pane = await start(fixture('library'), {columns: 80, rows: 30});
		expect(await pane.screen()).not.toMatch(/^.*Rating\s*$/m);
		await pane.type('i');
		await pane.waitFor(/Rating/);
		await pane.type('i');
		await pane.waitFor(/by nightjar/);
	});

	// Regression: at 60 columns the sidebar opened from the list could not be closed: j moved the list, Esc did nothing, q quit.
	it('scrolls and closes the sidebar opened from the list with the keys its status bar offers', async () => {
		const pane = await start(fixture('library'), {columns: 60, rows: 20});
		await pane.type('i');
		const opened = await pane.waitFor('Esc close');
		expect(opened).toContain('j/k scroll');
		expect(opened).not.toContain('↑/↓ move');
		await pane.type('j');
		const scrolled = await pane.waitFor(screen => !/Title\s*$/m.test(screen.split('\n')[0]!));
		expect(selectedRow(scrolled)).toContain('A Map of Small Hours');
		await pane.press('Escape');
		await pane.waitFor(/by nightjar/);
		await pane.type('i');
		await pane.waitFor('Esc close');
		await pane.type('q');
		const closed = await pane.waitFor('↑/↓ move');
		expect(closed).toMatch(/by nightjar/);
	});
});

describe('leaving the terminal as it was', () => {
	type Start = {ready?: (pane: TmuxPane) => Promise<unknown>};
	const ficreadOn = (dir: string) => `${shellQuote(process.execPath)} ${shellQuote(cliPath)} ${shellQuote(dir)}`;

	/** Runs `ficread` (a command line) in a shell, sends `key` once `ready`, and checks the terminal is as ficread found it. */
	async function runInShell(ficread: string, key: (pane: TmuxPane) => Promise<void>, {ready = async pane => pane.waitFor(libraryShown)}: Start = {}) {
		const work = await mkdtemp(path.join(os.tmpdir(), 'ficread-tty-'));
		const before = path.join(work, 'before');
		const after = path.join(work, 'after');
		const command = `stty -a > ${shellQuote(before)}; ${ficread}; echo "exit=$?"; stty -a > ${shellQuote(after)}; echo DONE; exec sleep 60`;
		const pane = await TmuxPane.start(command, {columns: 100, rows: 30});
		panes.push(pane);
		await ready(pane);
		await key(pane);
		const screen = await pane.waitFor('DONE');
		expect(await pane.paneValue('alternate_on')).toBe('0');
		expect(await pane.paneValue('cursor_flag')).toBe('1');
		expect(await readFile(after, 'utf8')).toBe(await readFile(before, 'utf8'));
		return screen;
	}

	it('restores everything on q', async () => {
		const screen = await runInShell(ficreadOn(fixture('library')), async pane => pane.type('q'));
		expect(screen).toContain('exit=0');
		expect(screen).not.toContain('Library ·');
	});

	// Regression: Ink's restore-cursor wrote "show the cursor" (ESC[?25h) to stderr at exit, into whatever file it went to.
	it('writes nothing to a redirected stderr on a clean quit, and still shows the cursor again', async () => {
		const errors = path.join(await mkdtemp(path.join(os.tmpdir(), 'ficread-stderr-')), 'errors.log');
		const screen = await runInShell(`${ficreadOn(fixture('library'))} 2> ${shellQuote(errors)}`, async pane => pane.type('q'));
		expect(screen).toContain('exit=0');
		expect(await readFile(errors, 'utf8')).toBe('');
	});

	it('restores everything on Ctrl-C, from the reader too', async () => {
		const screen = await runInShell(ficreadOn(fixture('library')), async pane => {
			await pane.press('Enter');
			await pane.waitFor(/\d+%/);
			await pane.press('C-c');
		});
		expect(screen).toContain('exit=0');
	});

	// Regression: raw mode is taken at once, so before the first frame Ctrl-C raised no SIGINT and nothing read it.
	it('restores everything on Ctrl-C before the first frame', async () => {
		const held = await holdStart(fixture('library'), cliPath);
		try {
			const screen = await runInShell(held.command, async pane => {
				await pane.press('C-c');
				await pane.waitForValue('alternate_on', '0');
			}, {ready: held.holding});
			// Quit like Ctrl-C a moment later.
			expect(screen).toContain('exit=0');
		} finally {
			// A ficread that missed Ctrl-C goes on, to be ended with the pane.
			held.release();
		}
	});

	it('restores everything on SIGTERM, SIGHUP and SIGQUIT', async () => {
		const codes = {TERM: 143, HUP: 129, QUIT: 131};
		for (const [signal, code] of Object.entries(codes)) {
			const screen = await runInShell(ficreadOn(fixture('library')), async pane => {
				// The shell runs ficread as its child (which renames itself "ficread").
				const shell = await pane.paneValue('pane_pid');
				execFileSync('pkill', [`-${signal}`, '-P', shell, '-x', 'ficread']);
			});
			expect(screen).toContain(`exit=${code}`);
		}
	});

	// Regression (issue 16.8): a stop left the shell on the alternate screen in raw mode with the cursor hidden,
	// and after `fg` ficread stayed in line mode and did not redraw.
	it('gives the terminal back on a stop (SIGTSTP, Ctrl-Z), and takes it again redrawn on SIGCONT', async () => {
		const pane = await start(fixture('library'));
		const ficread = execFileSync('pgrep', ['-P', await pane.paneValue('pane_pid'), '-x', 'ficread'], {encoding: 'utf8'}).trim();
		const tty = await pane.paneValue('pane_tty');
		const lineMode = () => /(?:^|\s)icanon\b/.test(execFileSync('stty', ['-F', tty, '-a'], {encoding: 'utf8'}));
		for (const stop of [async () => execFileSync('kill', ['-TSTP', ficread]), async () => pane.press('C-z')]) {
			await stop();
			await pane.waitForValue('alternate_on', '0');
			expect(await pane.paneValue('cursor_flag')).toBe('1');
			expect(lineMode()).toBe(true);
			execFileSync('kill', ['-CONT', ficread]);
			await pane.waitForValue('alternate_on', '1');
			await pane.waitFor(libraryShown);
			expect(lineMode()).toBe(false);
		}

		await pane.type('j');
		await pane.waitFor(screen => selectedRow(screen) !== '');
		await pane.type('q');
		expect(await pane.waitForExit()).toBe(0);
	});

	it('opens a friendly screen on an empty folder', async () => {
		const empty = await mkdtemp(path.join(os.tmpdir(), 'ficread-empty-'));
		const pane = await TmuxPane.start(`exec ${shellQuote(process.execPath)} ${shellQuote(cliPath)} ${shellQuote(empty)}`, {columns: 100, rows: 20});
		panes.push(pane);
		await pane.waitFor(screen => screen.includes('No fics found') && screen.replace(/\s+/g, ' ').includes(empty));
		await pane.type('q');
		expect(await pane.waitForExit()).toBe(0);
	});
});

describe.skipIf(!existsSync(seedsDir))('the seeds in the reader', () => {
	it('reads a seed with its mojibake repaired', async () => {
		const pane = await start(seedsDir);
		await pane.type('/confrontation');
		await pane.waitFor(screen => selectedRow(screen).includes('Last Confrontation'));
		await pane.press('Enter', 'Enter');
		await pane.waitFor('Javert rushed down the streets');
		await pane.press('G');
		const end = await pane.waitFor('100%');
		expect(end).not.toMatch(/[ÂÃ]/);
	});
});

describe('a library still being scanned', () => {
	// Regression: q during the scan hung the process (Ink's exit promise was asked for after the app had exited).
	it('is usable at once and quits at once with q', async () => {
		const dir = await mkdtemp(path.join(os.tmpdir(), 'ficread-big-'));
		const files = Array.from({length: 3000}, (_, index) => index);
		for (const index of files) {
			writeFileSync(path.join(dir, `work-${String(index).padStart(4, '0')}.txt`), `Title: Scan Test ${index}\nWork ID: ${700_000 + index}\nAuthor: tester\n\nA short body for work ${index}.\n`);
		}

		const cache = await mkdtemp(path.join(os.tmpdir(), 'ficread-cache-'));
		const pane = await TmuxPane.start(`exec ${shellQuote(process.execPath)} ${shellQuote(cliPath)} ${shellQuote(dir)}`, {columns: 100, rows: 30, env: {XDG_CACHE_HOME: cache}});
		panes.push(pane);
		await pane.waitFor(/Scanning [1-9][\d,]*\//);
		await pane.type('q');
		expect(await pane.waitForExit()).toBe(0);
		// What the scan read before the quit is kept for the next start.
		const index = (await readdir(path.join(cache, 'ficread'))).find(name => name.startsWith('index-'));
		const {works} = JSON.parse(await readFile(path.join(cache, 'ficread', index!), 'utf8')) as {works: unknown[]};
		expect(works.length).toBeGreaterThan(0);
	});
});

describe('environment', () => {
	// Regression: with CI set, Ink drew nothing until exit (its CI mode is for logs, not terminals).
	it('draws the screen even when CI is set', async () => {
		const pane = await TmuxPane.start(`exec ${shellQuote(process.execPath)} ${shellQuote(cliPath)} ${shellQuote(fixture('library'))}`, {columns: 100, rows: 30, env: {CI: 'true'}});
		panes.push(pane);
		await pane.waitFor('Library · 10 works');
		await pane.type('q');
		expect(await pane.waitForExit()).toBe(0);
	});
});

describe('a folder that changes while ficread runs', () => {
	it('shows new files and drops deleted ones without a restart, keeping the selection', async () => {
		const dir = await mkdtemp(path.join(os.tmpdir(), 'ficread-live-'));
		const write = (name: string, title: string, id: string) => writeFileSync(path.join(dir, name), `Title: ${title}\nWork ID: ${id}\nAuthor: tester\n\nSome text for ${title}.\n`);
		write('b.txt', 'Bravo', '801');
		write('c.txt', 'Charlie', '802');
		const pane = await start(dir);
		await pane.type('j');
		await pane.waitFor(screen => selectedRow(screen).includes('Charlie'));
		write('a.txt', 'Alpha', '800');
		await pane.waitFor(screen => screen.includes('Library · 3 works') && screen.includes('Alpha') && selectedRow(screen).includes('Charlie'));
		rmSync(path.join(dir, 'b.txt'));
		await pane.waitFor(screen => screen.includes('Library · 2 works') && !screen.includes('Bravo') && selectedRow(screen).includes('Charlie'));
	});
});
