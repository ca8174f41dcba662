import {copyFile, mkdtemp} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {cliPath, fixture, runCli} from '../helpers/run-cli.js';
import {shellQuote, TmuxPane} from '../helpers/tmux.js';

const panes: TmuxPane[] = [];

afterEach(async () => {
	await Promise.all(panes.splice(0).map(async pane => pane.kill()));
});

/** A folder holding only the given fixture files, so the one work to open is the one on the list. */
async function folderOf(...files: string[]): Promise<string> {
	const dir = await mkdtemp(path.join(os.tmpdir(), 'ficread-formats-'));
	await Promise.all(files.map(async file => copyFile(fixture(file), path.join(dir, path.basename(file)))));
	return dir;
}

async function start(dir: string, columns = 100, rows = 30): Promise<TmuxPane> {
	const pane = await TmuxPane.start(`exec ${shellQuote(cliPath)} ${shellQuote(dir)}`, {columns, rows});
	panes.push(pane);
	await pane.waitFor(screen => screen.includes('Library ·') && !screen.includes('Scanning'));
	return pane;
}

/** The screen line holding `text`, with its escape sequences (capture-pane -e). */
const lineWith = (screen: string, text: string) => screen.split('\n').find(line => line.includes(text)) ?? '';

describe('downloads in a real terminal', () => {
	it('opens an AO3 EPUB with its italics and pages from one chapter file into the next', async () => {
		const pane = await start(await folderOf('formats/ao3/ao3-2022-chaptered.epub'));
		await pane.press('Enter');
		let screen = await pane.waitFor(shown => shown.includes('The commission arrived') && /page \d+\//.test(shown));
		/** The page number in the status line, the last line a frame draws: a frame showing a new one is whole. */
		const pageOf = (shown: string) => /page (\d+)\//.exec(shown)?.[1];
		/** Pages on with Space until `text` is on screen (the page count depends on the layout). */
		const pageTo = async (text: string) => {
			for (let presses = 0; presses < 8 && !screen.includes(text); presses++) {
				const before = pageOf(screen);
				await pane.press('Space');
				screen = await pane.waitFor(next => pageOf(next) !== undefined && pageOf(next) !== before);
			}
		};

		// Italics are an attribute (SGR 3) on the words the author set in <em>, not a colour: the sentence in
		// italics ends "Payment on delivery." (one word, so no line break can split what is looked for).
		const upright = await pane.screenWithAttributes();
		expect(lineWith(upright, 'The commission arrived')).not.toMatch(/\u001B\[(?:\d+;)*3(?:;\d+)*m[^\u001B]*The commission/);
		await pageTo('Payment');
		const attributes = await pane.screenWithAttributes();
		expect(lineWith(attributes, 'Payment')).toMatch(/\u001B\[(?:\d+;)*3(?:;\d+)*m[^\u001B]*Payment/);
		// Chapter 1 is one file of calibre's EPUB and chapter 2 the next: Space pages straight on into it.
		await pageTo('The second winter');
		expect(screen).toContain('The second winter');
	});

	it('lists EPUB, HTML, MOBI and AZW3 downloads with their metadata, and says why a PDF and a Word file are not read', async () => {
		const {stdout, code} = runCli([fixture('downloads'), '--list', '--json']);
		expect(code).toBe(0);
		const {works, skipped} = JSON.parse(stdout) as {works: Array<{path: string; format: string; id: string | null; title: string}>; skipped: Array<{path: string; reason: string}>};
		const formats = new Set(works.map(work => work.format));
		for (const format of ['ao3-epub', 'ao3-html', 'ao3-mobi', 'ao3-azw3', 'fff-epub', 'epub', 'ao3-text']) expect(formats, format).toContain(format);
		expect(works.find(work => work.format === 'ao3-mobi')).toMatchObject({title: "The Toll-Keeper's Lantern", id: '71234567'});
		expect(skipped).toEqual(
			expect.arrayContaining([
				{path: 'The_Toll-Keepers_Lantern.pdf', reason: 'PDF is not supported yet; download EPUB or HTML'},
				expect.objectContaining({path: 'misc/notes.docx'}),
				expect.objectContaining({path: 'misc/half-downloaded.epub'}),
			]),
		);
	});
});
