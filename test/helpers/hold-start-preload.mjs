// Loaded into ficread with `node --import` by the end-to-end tests (see hold-start.ts): ficread's
// read of the state file named by FICREAD_TEST_HOLD waits until the test lets it go. ficread reads
// it after taking the terminal and before drawing, so a test can act in that moment. The wait is on
// timers, not on a read that blocks, so ficread can still exit while it waits.
import {existsSync, writeFileSync} from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';

const heldFile = process.env.FICREAD_TEST_HOLD;
const folder = path.dirname(heldFile);
const open = fs.open;

fs.open = async function (file, ...rest) {
	if (String(file) === heldFile) {
		writeFileSync(path.join(folder, 'holding'), '');
		while (!existsSync(path.join(folder, 'released'))) await new Promise(resolve => setTimeout(resolve, 10));
	}

	return open.call(this, file, ...rest);
};
