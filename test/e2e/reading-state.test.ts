import {execFileSync} from 'node:child_process';
import {readdir, readFile, stat, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {folderWith} from '../helpers/folder-with.js';
import {ficreadCommand, newStatePath, openLibraryPane, panesKilledAfterEach} from '../helpers/ficread-pane.js';
import {fixture} from '../helpers/run-cli.js';
import {shellQuote, TmuxPane} from '../helpers/tmux.js';

const panes = panesKilledAfterEach();

async function open(statePath: string, {columns = 120, rows = 30, args = ''} = {}): Promise<TmuxPane> {
	const command = `exec ${ficreadCommand(fixture('library'), '--state', statePath)} ${args}`;
	const pane = await TmuxPane.start(command, {columns, rows});
	panes.push(pane);
	await pane.waitFor(screen => screen.includes('Library ·') && !screen.includes('Scanning'));
	return pane;
}

async function openLamp(pane: TmuxPane): Promise<void> {
	await pane.type('/lamp gull');
	await pane.press('Enter', 'Enter');
	// The status bar starts with the place once the text is laid out (the title shows while it loads).
	await pane.waitFor(/The Lamp at Gull Point · Chapter[^]*^(?:page \d+\/\d+ · )?\d+% /m);
}

async function quit(pane: TmuxPane): Promise<void> {
	await pane.press('Escape');
	await pane.waitFor('↑/↓ move');
	await pane.type('q');
	expect(await pane.waitForExit()).toBe(0);
}

/** The reader pane's lines of text, below its title line. */
function readerLines(screen: string): string[] {
	return screen
		.split('\n')
		.slice(1)
		// The list steps aside while reading: the text is left of the sidebar's border, if any.
		.map(line => line.split('│')[0]?.trim() ?? '')
		.filter(line => line !== '');
}

/** The first words of text in the reader pane. */
function firstWords(screen: string): string {
	return (readerLines(screen)[0] ?? '').split(/\s+/).slice(0, 4).join(' ');
}


describe('reading state across runs', () => {
	// Regression: a warm start draws the index's first 200 works by title; a work last read past them was never
	// selected once the rest came in, and Enter opened the first work instead.
	it('starts on the work last read when it is past the first 200 works', async () => {
		const story = 'Rain on the roof of the lighthouse, and the lamp still dark. '.repeat(30);
		// Each text its own: a work without a Work ID is known by a fingerprint of its text.
		const folder = await folderWith(Object.fromEntries(Array.from({length: 230}, (_, index) => [`Work ${String(index).padStart(3, '0')}.txt`, `Night ${index}. ${story}\n`])));
		const statePath = await newStatePath();
		const first = await openLibraryPane(panes, folder, 230, statePath);
		await first.type('G');
		await first.waitFor('▸ Work 229');
		await first.press('Enter');
		await first.waitFor(/\d+%/);
		await first.press('Escape');
		await first.waitFor('↑/↓ move');
		await first.type('q');
		expect(await first.waitForExit()).toBe(0);
		const second = await openLibraryPane(panes, folder, 230, statePath);
		await second.waitFor(screen => screen.includes('▸ Work 229') && screen.includes('Enter resumes Work 229'));
		await second.press('Enter');
		await second.waitFor(/Work 229[^]*\d+%/);
	});

	it('reopens a work on the page where the reader left it, at another width too', async () => {
		const statePath = await newStatePath();
		const first = await open(statePath);
		await openLamp(first);
		await first.press('Space', 'Space', 'Space');
		const before = await first.waitFor(/page 4\//);
		const words = firstWords(before);
		await quit(first);
		const saved = JSON.parse(await readFile(statePath, 'utf8'));
		expect(saved.works['id:51000001'].mark).toBe('reading');

		const again = await open(statePath);
		// The list shows the mark and the progress.
		expect(await again.screen()).toMatch(/◐ · G · .* · \d+%/);
		await openLamp(again);
		const resumed = await again.waitFor(/page 4\//);
		expect(firstWords(resumed)).toBe(words);
		await quit(again);

		// A narrower terminal: other line breaks, the same first sentence on top.
		const narrow = await open(statePath, {columns: 70, rows: 24});
		await openLamp(narrow);
		const narrowScreen = await narrow.waitFor(/\d+%/);
		// The top line starts where its new line starts, so the saved words are on the first two lines.
		expect(readerLines(narrowScreen).slice(0, 2).join(' ')).toContain(words);
	});

	it('keeps a bookmark across runs and jumps to it', async () => {
		const statePath = await newStatePath();
		const first = await open(statePath);
		await openLamp(first);
		await first.press('Space', 'Space', 'Space', 'Space');
		const marked = await first.waitFor(/page 5\//);
		const words = firstWords(marked);
		await first.type('m');
		// The excerpt starts with the sentence the page starts in.
		const added = await first.waitFor(/Bookmark added: \S/);
		const excerpt = /Bookmark added: (.{12})/.exec(added)![1]!;
		await quit(first);

		const again = await open(statePath);
		await openLamp(again);
		await again.press('g');
		await again.waitFor(/page 1\//);
		await again.type("'");
		const list = await again.waitFor('Bookmarks (Enter jumps');
		expect(list).toContain(excerpt);
		expect(list).toMatch(/ch \d+ · \d+%/);
		await again.press('Enter');
		const jumped = await again.waitFor(/page 5\//);
		expect(firstWords(jumped)).toBe(words);
		await again.type("'");
		await again.waitFor('Bookmarks (Enter jumps');
		await again.type('d');
		await again.waitFor('No bookmarks yet');
	});

	it('searches inside a work, highlights the hits and wraps around', async () => {
		const pane = await open(await newStatePath());
		await openLamp(pane);
		await pane.type('/');
		await pane.waitFor('Find:');
		await pane.type('ILSE');
		await pane.press('Enter');
		const first = await pane.waitFor(/hit 1\/\d+/);
		const total = Number(/hit 1\/(\d+)/.exec(first)![1]);
		expect(total).toBeGreaterThan(1);
		const highlighted = await pane.screenWithAttributes();
		expect(highlighted).toMatch(/\u001B\[[\d;]*7m[^\u001B]*Ilse/);
		await pane.type('n');
		await pane.waitFor(/hit 2\//);
		await pane.type('N');
		await pane.waitFor(/hit 1\//);
		await pane.type('N');
		await pane.waitFor(new RegExp(`hit ${total}/${total}`));
	});

	it('moves by chapter and through the table of contents', async () => {
		const pane = await open(await newStatePath());
		await openLamp(pane);
		await pane.type(']');
		await pane.waitFor(/ch 2\/6/);
		await pane.type(']');
		await pane.waitFor(/ch 3\/6/);
		await pane.type('[');
		await pane.waitFor(/ch 2\/6/);
		await pane.type('t');
		await pane.waitFor('Contents (Enter jumps');
		await pane.press('Down', 'Down', 'Enter');
		await pane.waitFor(/ch 4\/6/);
	});

	it('sets a corrupt state file aside, says so once, and starts empty', async () => {
		const statePath = await newStatePath();
		await writeFile(statePath, '{"version": 1, "works": {"id:1": nonsense');
		const errors = `${statePath}.stderr`;
		const pane = await open(statePath, {args: `2> ${shellQuote(errors)}`});
		const screen = await pane.waitFor('was unreadable; moved it to');
		expect(screen).toContain('state.json');
		await pane.press('j');
		await pane.waitFor(screen => !screen.includes('unreadable'));
		await pane.type('q');
		expect(await pane.waitForExit()).toBe(0);
		const files = await readdir(path.dirname(statePath));
		const aside = files.find(name => name.startsWith('state.json.corrupt-'))!;
		expect(await readFile(path.join(path.dirname(statePath), aside), 'utf8')).toBe('{"version": 1, "works": {"id:1": nonsense');
		// The status bar may cut the new name short: it is said in full as ficread exits, with one prefix.
		expect(await readFile(errors, 'utf8')).toBe(`ficread: the reading state ${statePath} was unreadable; moved it to ${path.join(path.dirname(statePath), aside)} and started with empty reading state\n`);
	});
});

describe('a state path that is a named pipe', () => {
	// Regression: ficread waited for a writer to the pipe before its first frame, and Ctrl-C could not end it.
	it('starts at once with a note, reads and quits, and leaves the pipe as it was', async () => {
		const statePath = await newStatePath();
		execFileSync('mkfifo', [statePath]);
		const errors = `${statePath}.stderr`;
		const pane = await open(statePath, {args: `2> ${shellQuote(errors)}`});
		await pane.waitFor(`cannot read ${statePath} (not a regular file); reading state starts empty`);
		await openLamp(pane);
		await pane.press('Escape');
		await pane.waitFor('↑/↓ move');
		await pane.type('q');
		expect(await pane.waitForExit()).toBe(0);
		expect(await readFile(errors, 'utf8')).toBe(
			`ficread: cannot read ${statePath} (not a regular file); reading state starts empty\nficread: could not save reading state to ${statePath}: not a regular file\n`,
		);
		expect((await stat(statePath)).isFIFO()).toBe(true);
	});
});

describe('saving on the way out', () => {
	// Regression: after the first frame, Ink's signal handler re-raised SIGTERM and killed the process before the save.
	// SIGQUIT too (issue 16.9): it left the alternate screen on and did not save.
	it('saves the place on SIGTERM, SIGINT and SIGQUIT, within the save delay', async () => {
		const codes = {TERM: 143, INT: 130, QUIT: 131};
		for (const [signal, code] of Object.entries(codes)) {
			const statePath = await newStatePath();
			const pane = await open(statePath);
			await openLamp(pane);
			await pane.press('Space');
			await pane.waitFor(/^page 2\//m);
			// ficread runs as the pane shell's child, renamed "ficread".
			execFileSync('pkill', [`-${signal}`, '-P', await pane.paneValue('pane_pid'), '-x', 'ficread']);
			expect(await pane.waitForExit()).toBe(code);
			const saved = JSON.parse(await readFile(statePath, 'utf8'));
			expect(saved.works['id:51000001'].position.paragraph).toBeGreaterThan(0);
		}
	});

	// Regression (issue 16.2): closing the terminal (a real hang-up) crashed in Node 20's node::ResetStdio
	// (nodejs/node#51519) with "Assertion failed", native stack traces and SIGABRT, after the save.
	it('saves and ends without a crash when the terminal is closed (tmux kill-pane)', async () => {
		const statePath = await newStatePath();
		const errors = path.join(path.dirname(statePath), 'errors.log');
		const command = `${ficreadCommand(fixture('library'), '--state', statePath)} 2> ${shellQuote(errors)}`;
		const pane = await TmuxPane.start(command, {columns: 120, rows: 30});
		panes.push(pane);
		await pane.waitFor(screen => screen.includes('Library ·') && !screen.includes('Scanning'));
		// ficread runs as the pane shell's child, renamed "ficread".
		const pid = Number(execFileSync('pgrep', ['-P', await pane.paneValue('pane_pid'), '-x', 'ficread'], {encoding: 'utf8'}).trim());
		await openLamp(pane);
		await pane.press('Space');
		await pane.waitFor(/^page 2\//m);
		await pane.killPane();
		await expect.poll(() => isRunning(pid), {timeout: 10_000}).toBe(false);
		expect(await readFile(errors, 'utf8')).toBe('');
		const saved = JSON.parse(await readFile(statePath, 'utf8'));
		expect(saved.works['id:51000001'].position.paragraph).toBeGreaterThan(0);
	});
});

function isRunning(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
}

