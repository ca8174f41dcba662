import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {findWork} from '../../../source/core/scan/find-work.js';
import {makeWork} from '../../helpers/make-work.js';

const work = (relative: string, id: string | null = null) => ({meta: makeWork({path: relative, id}), stateKey: relative, size: 1, mtimeMs: 1});

describe('findWork', () => {
	const works = [work('a.txt', '7'), work('sub/name_backslash_\\x1b.txt'), work('sub/name_backslash_/x1b.txt')];

	it('finds a work by Work ID, by library path, or by a path as typed', () => {
		expect(findWork(works, '7', '/lib', '/home')?.meta.path).toBe('a.txt');
		expect(findWork(works, './a.txt', '/lib', '/home')?.meta.path).toBe('a.txt');
		expect(findWork(works, 'lib/a.txt', '/lib', '/')?.meta.path).toBe('a.txt');
	});

	// Regression (issue 16.10): a backslash was taken for a folder separator, so such a path was found only as typed from inside the folder.
	it('takes a backslash in a name as part of the name, from anywhere', () => {
		expect(findWork(works, 'sub/name_backslash_\\x1b.txt', '/lib', '/elsewhere')?.meta.path).toBe('sub/name_backslash_\\x1b.txt');
		expect(findWork(works, path.join('lib', 'sub', 'name_backslash_\\x1b.txt'), '/lib', '/')?.meta.path).toBe('sub/name_backslash_\\x1b.txt');
	});

	// Issue 16.6: the shell passes a name that is not UTF-8 as bytes, and Node gives it as U+FFFD.
	it('finds a name that is not UTF-8 by the form a command line gives it', () => {
		expect(findWork([...works, work('caf\uDCE9.txt')], 'caf\uFFFD.txt', '/lib', '/')?.meta.path).toBe('caf\uDCE9.txt');
	});
});
