import React from 'react';
import {Text} from 'ink';
import {render} from 'ink-testing-library';
import {describe, expect, it, vi} from 'vitest';
import type {WorkListing} from '../../../source/core/work.js';
import {useWorkLoader} from '../../../source/ui/hooks/use-work-loader.js';
import type {Action} from '../../../source/ui/state/update.js';
import {fixture} from '../../helpers/run-cli.js';
import {makeWork} from '../../helpers/make-work.js';

type Props = {root: string; works: WorkListing[]; readAhead: number | undefined; dispatch: (action: Action) => void};

/** The hook with the list cursor resting on the first work and no work open. */
function Loader({root, works, readAhead, dispatch}: Props) {
	useWorkLoader(root, works, null, 0, readAhead, dispatch);
	return <Text>loader</Text>;
}

const readsAhead = (dispatch: ReturnType<typeof vi.fn>) => dispatch.mock.calls.map(([action]) => action as Action).filter(action => action.type === 'body-prefetched');

describe('useWorkLoader reading ahead for the list cursor', () => {
	it('reads the first part of an EPUB read a part at a time, for the preview, and says it is partial', async () => {
		const dispatch = vi.fn();
		const works = [makeWork({path: 'The_Long_Ledger_of.epub', format: 'ao3-epub'})];
		render(<Loader root={fixture('downloads')} works={works} readAhead={undefined} dispatch={dispatch} />);
		await vi.waitFor(() => expect(readsAhead(dispatch)).toHaveLength(1), {timeout: 5000});
		const [ahead] = readsAhead(dispatch);
		expect(ahead).toMatchObject({type: 'body-prefetched', workIndex: 0, path: 'The_Long_Ledger_of.epub', partial: true});
		if (ahead?.type !== 'body-prefetched') throw new Error('no body');
		expect(ahead.body.paragraphs.some(paragraph => paragraph.startsWith('The night ferry carried'))).toBe(true);
		// The first part only (its first chapter file): the book has 50,175 words.
		expect(ahead.body.paragraphs.join(' ').split(/\s+/).length).toBeLessThan(30_000);
	});

	// Regression: a scan that published the work anew dropped its body, and the cursor, still resting, never read it again.
	it('reads again a body that was dropped while the cursor rests on its work', async () => {
		const dispatch = vi.fn();
		const works = [makeWork({path: 'the-lamp-at-gull-point.txt'})];
		const {rerender} = render(<Loader root={fixture('library')} works={works} readAhead={undefined} dispatch={dispatch} />);
		await vi.waitFor(() => expect(readsAhead(dispatch)).toHaveLength(1), {timeout: 5000});
		expect(readsAhead(dispatch)[0]).not.toHaveProperty('partial', true);
		rerender(<Loader root={fixture('library')} works={works} readAhead={0} dispatch={dispatch} />);
		rerender(<Loader root={fixture('library')} works={[...works]} readAhead={undefined} dispatch={dispatch} />);
		await vi.waitFor(() => expect(readsAhead(dispatch)).toHaveLength(2), {timeout: 5000});
	});
});
