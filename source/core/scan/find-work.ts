import path from 'node:path';
import type {LibraryWork} from '../library/library-work.js';
import {asArgument} from './name-bytes.js';

/**
 * Finds the work a user named: a Work ID, a path relative to the library, or
 * a path as typed in the shell (relative to the current folder). A Work ID
 * held by several copies names the primary one.
 */
export function findWork(works: readonly LibraryWork[], spec: string, libraryRoot: string, cwd: string): LibraryWork | undefined {
	const byId = works.filter(work => work.meta.id === spec);
	if (byId.length > 0) return byId.find(work => work.meta.duplicateOf === null) ?? byId[0];

	const asTyped = path.resolve(cwd, spec);
	// Library paths are `/`-separated; only where `\` separates folders (Windows) is it one, not part of a name.
	const inLibrary = (path.sep === '\\' ? spec.replaceAll('\\', '/') : spec).replace(/^\.\//, '');
	const named = (relative: string) => relative === inLibrary || path.resolve(libraryRoot, relative) === asTyped;
	// A name that is not UTF-8 reaches us with U+FFFD for each stray byte: found by that form too.
	return works.find(work => named(work.meta.path)) ?? works.find(work => named(asArgument(work.meta.path)));
}
