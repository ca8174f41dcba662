import {PassThrough} from 'node:stream';
import {describe, expect, it, vi} from 'vitest';
import {watchEarlyInterrupt} from '../../source/ui/early-interrupt.js';

describe('watchEarlyInterrupt', () => {
	it('answers Ctrl-C typed before the app reads the keyboard', async () => {
		const stdin = new PassThrough();
		const onInterrupt = vi.fn();
		watchEarlyInterrupt(stdin, onInterrupt);
		stdin.write('j\u0003');
		await vi.waitFor(() => expect(onInterrupt).toHaveBeenCalledOnce());
	});

	it('hands the other keys to the app, first and in order, however soon it listens', async () => {
		const stdin = new PassThrough();
		const onInterrupt = vi.fn();
		const handOver = watchEarlyInterrupt(stdin, onInterrupt);
		stdin.write('jj');
		await vi.waitFor(() => expect(stdin.readableLength).toBe(0));
		handOver();
		// As Ink does, in the same tick as the hand-over.
		let read = '';
		stdin.setEncoding('utf8');
		stdin.on('readable', () => {
			let chunk: string | null;
			while ((chunk = stdin.read() as string | null) !== null) read += chunk;
		});
		// Without new keys to wake it.
		await vi.waitFor(() => expect(read).toBe('jj'));
		stdin.write('k\u0003');
		await vi.waitFor(() => expect(read).toBe('jjk\u0003'));
		expect(onInterrupt).not.toHaveBeenCalled();
	});
});
