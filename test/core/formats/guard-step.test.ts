import {describe, expect, it} from 'vitest';
import type {FileSource} from '../../../source/core/formats/format-adapter.js';
import {errorText, guarded} from '../../../source/core/formats/guard-step.js';
import {htmlAdapter} from '../../../source/core/formats/html/html-adapter.js';
import {mobiAdapter} from '../../../source/core/formats/mobi/mobi-adapter.js';

const failing: FileSource = {path: 'gone', size: 100, read: async () => Promise.reject(new Error('EIO: i/o error\u001B[2J'))};

describe('guarded', () => {
	it('turns what a step throws into a reason, made safe, named for the format', async () => {
		const step = guarded('could not read X', async () => Promise.reject(new Error('bad\u001B]52;c;x\u0007')));
		expect(await step(failing)).toEqual({ok: false, reason: 'could not read X: bad?]52;c;x?'});
		expect(errorText('a string\u009B')).toBe('a string?');
	});

	it('gives an error its own reason when `known` says what it means', async () => {
		const known = (error: unknown) => (error instanceof RangeError ? 'too big' : undefined);
		expect(await guarded('x', async () => Promise.reject(new RangeError('n')), known)(failing)).toEqual({ok: false, reason: 'too big'});
		expect(await guarded('x', async () => Promise.reject(new Error('n')), known)(failing)).toEqual({ok: false, reason: 'x: n'});
	});

	it('keeps every adapter from throwing for a file that cannot be read', async () => {
		expect(await htmlAdapter.readListing(failing)).toEqual({ok: false, reason: 'unreadable HTML file: EIO: i/o error?[2J'});
		expect(await htmlAdapter.openBody(failing)).toEqual({ok: false, reason: 'unreadable HTML file: EIO: i/o error?[2J'});
		expect(await mobiAdapter.readListing(failing)).toEqual({ok: false, reason: 'could not read MOBI: EIO: i/o error?[2J'});
	});
});
