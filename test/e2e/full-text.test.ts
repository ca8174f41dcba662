import {mkdtemp, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {ficreadCommand, newStatePath, panesKilledAfterEach} from '../helpers/ficread-pane.js';
import {fixture} from '../helpers/run-cli.js';
import {TmuxPane} from '../helpers/tmux.js';

const panes = panesKilledAfterEach();

async function start(folder: string): Promise<TmuxPane> {
	const statePath = await newStatePath();
	const command = `exec ${ficreadCommand(folder, '--state', statePath)}`;
	const pane = await TmuxPane.start(command, {columns: 100, rows: 30});
	panes.push(pane);
	return pane;
}

describe('the full-text search in a real terminal', () => {
	it('finds a phrase only in the text of one work, streams it with progress to done, and Enter reads it there', async () => {
		const pane = await start(fixture('library'));
		await pane.waitFor(screen => screen.includes('Library · 10 works') && !screen.includes('Scanning'));

		await pane.type('f');
		await pane.waitFor('Full-text search: type a phrase');
		// In the body of A Map of Small Hours only: not in a title, a tag or a summary.
		await pane.type('Ink Up To His Elbows');
		const hits = await pane.waitFor('done: searched 10 works · 1 work, 1 hit');
		expect(hits).toContain('A Map of Small Hours · 1 hit');
		expect(hits).toMatch(/▸ ¶5 +…e cartographer who came to her door had ink up to his elbows and a bruise/);
		expect(hits).not.toContain('Gull Point');

		await pane.press('Enter');
		await pane.waitFor('Enter read');
		await pane.press('Enter');
		// The status line, drawn last, says the reader stands on the hit.
		const reader = await pane.waitFor('hit 1/1');
		expect(reader).toContain('ink up to his elbows');
		expect(reader).toContain('A Map of Small Hours');

		// Back on the list, f shows the same hits again.
		await pane.press('Escape');
		await pane.waitFor('Library · 10 works');
		await pane.type('f');
		await pane.waitFor(/done: searched 10 works · 1 work, 1 hit[\s\S]*Enter read/);
	});

	it('searches past the first works in worker threads (the app running its own script), and a new phrase replaces the hits', async () => {
		const dir = await mkdtemp(path.join(os.tmpdir(), 'ficread-full-text-'));
		for (let index = 0; index < 150; index++) {
			const line = index === 137 ? 'The ferry horn sounded twice over the \u201Cquiet harbour\u201D.' : `Nothing to see in work ${index}; the tide went out.`;
			await writeFile(path.join(dir, `work-${String(index).padStart(3, '0')}.txt`), `Title: Work ${index}\n\n${line}\n`);
		}

		const pane = await start(dir);
		await pane.waitFor(screen => screen.includes('Library · 150 works') && !screen.includes('Scanning'));
		await pane.type('f');
		await pane.waitFor('Full-text search: type a phrase');
		await pane.type('"quiet harbour"');
		const found = await pane.waitFor('done: searched 150 works · 1 work, 1 hit', 20_000);
		expect(found).toContain('Work 137 · 1 hit');
		// A new phrase: the old hits go, the new search runs to done.
		await pane.press('C-u');
		await pane.type('the tide went out');
		const tide = await pane.waitFor('done: searched 150 works · 149 works, 149 hits', 20_000);
		expect(tide).not.toContain('Work 137');
	});
});
