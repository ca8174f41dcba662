import React from 'react';
import {Text} from 'ink';
import {render} from 'ink-testing-library';
import {describe, expect, it, vi} from 'vitest';
import {useFullText} from '../../../source/ui/hooks/use-full-text.js';
import {openFullText, startRun} from '../../../source/ui/state/full-text-model.js';
import type {Action} from '../../../source/ui/state/update.js';
import {folderWith} from '../../helpers/folder-with.js';
import {makeWork} from '../../helpers/make-work.js';

const count = 400;
const works = Array.from({length: count}, (_, index) => makeWork({path: `w${index}.txt`, title: `Work ${index}`}));
const order = works.map((_, index) => index);
// Every tenth work holds the phrase.
const files = Object.fromEntries(works.map((work, index) => [work.path, index % 10 === 0 ? 'The salt road ran north.' : 'Nothing to see.']));

function Probe({root, dispatch}: {root: string; dispatch: (action: Action) => void}) {
	const [model] = React.useState(() => ({...startRun(openFullText('salt road'), 1), editing: false}));
	useFullText(root, works, order, model, dispatch, null);
	return <Text>probe</Text>;
}

describe('useFullText', () => {
	it('batches the reports of hundreds of files into a few actions, the last one done, every file counted once', async () => {
		const root = await folderWith(files);
		const actions: Action[] = [];
		const {unmount} = render(<Probe root={root} dispatch={action => actions.push(action)} />);
		await vi.waitFor(() => expect(actions.at(-1)).toMatchObject({type: 'full-text-found', done: true}), {timeout: 10_000});
		unmount();
		const found = actions.filter(action => action.type === 'full-text-found');
		expect(found.length).toBeLessThan(count / 4);
		expect(found.reduce((sum, action) => sum + action.searched, 0)).toBe(count);
		expect(found.flatMap(action => action.found.map(work => work.path)).sort()).toEqual(works.filter((_, index) => index % 10 === 0).map(work => work.path).sort());
		expect(found.every(action => action.id === 1 && action.total === count)).toBe(true);
	});

	it('stops reporting once the search is gone (Esc, a new phrase)', async () => {
		const root = await folderWith(files);
		const actions: Action[] = [];
		// The search is gone the moment its first batch arrives: a small library is searched in a few ms, so waiting would see it done.
		let unmount = () => {};
		({unmount} = render(
			<Probe
				root={root}
				dispatch={action => {
					actions.push(action);
					if (actions.length === 1) unmount();
				}}
			/>,
		));
		await vi.waitFor(() => expect(actions.length).toBeGreaterThan(0), {timeout: 10_000});
		await new Promise(resolve => {
			setTimeout(resolve, 300);
		});
		expect(actions).toHaveLength(1);
		expect(actions.some(action => action.type === 'full-text-found' && action.done)).toBe(false);
	});

	it('keeps five hits of a work that holds the phrase more often: a common phrase must not keep a million snippets', async () => {
		const root = await folderWith({...files, 'w0.txt': Array.from({length: 12}, () => 'The salt road ran north.').join('\n\n')});
		const actions: Action[] = [];
		const {unmount} = render(<Probe root={root} dispatch={action => actions.push(action)} />);
		await vi.waitFor(() => expect(actions.at(-1)).toMatchObject({type: 'full-text-found', done: true}), {timeout: 10_000});
		unmount();
		const first = actions.flatMap(action => (action.type === 'full-text-found' ? action.found : [])).find(work => work.path === 'w0.txt');
		expect(first?.hits).toHaveLength(5);
		// All twelve are counted: the list says how many the work holds.
		expect(first?.found).toBe(12);
	});
});
