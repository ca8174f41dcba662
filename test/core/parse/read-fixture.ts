import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

/** A fixture from `fixtures/formats/`, as a string. */
export function readFixture(name: string): string {
	return fs.readFileSync(path.join(repoRoot, 'fixtures/formats', name), 'utf8');
}
