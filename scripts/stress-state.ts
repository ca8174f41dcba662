/**
 * Stress test of the reading-state store: two child processes save in a tight
 * loop while this one SIGKILLs one of them at random moments and, after each
 * kill, checks that the state file parses, has the right shape, and still holds
 * every save a child acknowledged.
 *
 *   node --import tsx scripts/stress-state.ts [KILLS]
 *
 * Not part of `npm test`: 200 kills take one to two minutes.
 */
import {type ChildProcess, spawn} from 'node:child_process';
import {mkdtemp, readdir, readFile, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {createInterface} from 'node:readline';
import {fileURLToPath} from 'node:url';
import {emptyState, getWork, type StateFile, updateWork} from '../source/core/state/reading-state.js';
import {isStateFile} from '../source/core/state/state-file-shape.js';
import {loadState, saveState} from '../source/core/state/state-store.js';

const SLOTS = ['a', 'b'] as const;
type Slot = (typeof SLOTS)[number];

/** Enough works that a save takes a few ms, so kills land inside writes. */
const SEED_WORKS = 2000;

const counterKey = (slot: Slot) => `id:counter-${slot}`;
const counterIn = (state: StateFile, slot: Slot) => getWork(state, counterKey(slot)).position?.paragraph ?? 0;

if (process.argv[2] === '--child') {
	await child(process.argv[3]!, process.argv[4] as Slot);
} else {
	await parent(Number(process.argv[2] ?? 200));
}

/** Saves forever, one counter step per save, and prints each counter value once it is saved. */
async function child(file: string, slot: Slot): Promise<void> {
	let {state} = await loadState(file);
	for (let counter = counterIn(state, slot) + 1; ; counter++) {
		const now = Date.now();
		state = updateWork(state, counterKey(slot), work => ({...work, position: {paragraph: counter, char: 0}, mark: 'reading'}), now);
		// Also touch a seed work, so each save rewrites a different part of the file.
		state = updateWork(state, `id:${counter % SEED_WORKS}`, work => ({...work, lastOpened: now}), now);
		state = await saveState(file, state);
		process.stdout.write(`${counter}\n`);
	}
}

type Running = {process: ChildProcess; acked: number; exited: Promise<void>};

async function parent(kills: number): Promise<void> {
	const folder = await mkdtemp(path.join(tmpdir(), 'ficread-stress-'));
	const file = path.join(folder, 'state.json');
	// Children start from a bundle: ~0.1 s instead of ~0.5 s through tsx, 200 times over.
	const bundleFolder = await mkdtemp(path.join(tmpdir(), 'ficread-stress-bundle-'));
	const script = path.join(bundleFolder, 'stress-state.mjs');
	// Imported here, and kept out of the bundle, so that children never load it.
	const {build} = await import('esbuild');
	await build({
		entryPoints: [fileURLToPath(import.meta.url)],
		outfile: script,
		bundle: true,
		platform: 'node',
		format: 'esm',
		external: ['esbuild'],
		logLevel: 'warning',
	});

	let seed = emptyState();
	for (let i = 0; i < SEED_WORKS; i++) {
		seed = updateWork(seed, `id:${i}`, work => ({...work, mark: 'read', progress: 1, position: {paragraph: i, char: 0}}), 1);
	}
	await saveState(file, seed);

	const acked: Record<Slot, number> = {a: 0, b: 0};
	const start = (slot: Slot): Running => {
		const childProcess = spawn(process.execPath, [script, '--child', file, slot], {stdio: ['ignore', 'pipe', 'inherit']});
		const running: Running = {
			process: childProcess,
			acked: 0,
			exited: new Promise(resolve => childProcess.once('exit', () => resolve())),
		};
		createInterface({input: childProcess.stdout!}).on('line', line => {
			running.acked++;
			acked[slot] = Math.max(acked[slot], Number(line));
		});
		return running;
	};
	const children: Record<Slot, Running> = {a: start('a'), b: start('b')};

	let parses = 0;
	let lost = 0;
	let midWrite = 0;
	let holdingLock = 0;
	const problems: string[] = [];
	for (let kill = 0; kill < kills; kill++) {
		const slot = SLOTS[Math.floor(Math.random() * SLOTS.length)]!;
		const victim = children[slot];
		// Kill only a child that got going, at a random point of its save loop.
		while (victim.acked === 0) {
			if (victim.process.exitCode !== null) {
				throw new Error(`stress-state: child ${slot} exited with code ${victim.process.exitCode} before saving`);
			}
			await sleep(5);
		}
		await sleep(Math.random() * 40);
		const ackedBefore = {...acked};
		victim.process.kill('SIGKILL');
		await victim.exited;

		const names = await readdir(folder);
		const pid = victim.process.pid;
		if (names.some(name => name.startsWith(`state.json.${pid}.`) && name.endsWith('.tmp'))) {
			midWrite++;
		}
		if ((await readFile(`${file}.lock`, 'utf8').catch(() => '')).startsWith(`${pid} `)) {
			holdingLock++;
		}
		try {
			const state: unknown = JSON.parse(await readFile(file, 'utf8'));
			if (!isStateFile(state)) {
				throw new Error('wrong shape');
			}
			parses++;
			for (const s of SLOTS) {
				if (counterIn(state, s) < ackedBefore[s]) {
					lost++;
					problems.push(`kill ${kill}: slot ${s} has ${counterIn(state, s)}, acknowledged ${ackedBefore[s]}`);
				}
			}
		} catch (error) {
			problems.push(`kill ${kill}: ${String(error)}`);
		}
		children[slot] = start(slot);
	}

	for (const running of Object.values(children)) {
		running.process.kill('SIGKILL');
		await running.exited;
	}
	// What a later ficread run finds: it takes over the dead lock and removes orphaned temp files.
	const final = await saveState(file, emptyState());
	const names = await readdir(folder);
	const corrupt = names.filter(name => name.includes('.corrupt-')).length;
	const leftover = names.filter(name => name.endsWith('.tmp')).length;
	const works = Object.keys(final.works).length;
	if (works !== SEED_WORKS + SLOTS.length) {
		problems.push(`expected ${SEED_WORKS + SLOTS.length} works at the end, found ${works}`);
	}
	await rm(folder, {recursive: true, force: true});
	await rm(bundleFolder, {recursive: true, force: true});

	console.log(
		`stress-state: ${kills} kills, ${parses}/${kills} parses, ${corrupt} corrupt, ${leftover} leftover temp files` +
			` (${midWrite} kills mid-write, ${holdingLock} holding the lock, ${lost} lost acknowledged saves,` +
			` ${acked.a + acked.b} saves acknowledged)`,
	);
	for (const problem of problems.slice(0, 20)) {
		console.log(`  ${problem}`);
	}
	process.exitCode = parses === kills && corrupt === 0 && leftover === 0 && problems.length === 0 ? 0 : 1;
}

function sleep(ms: number): Promise<void> {
	return new Promise(resolve => setTimeout(resolve, ms));
}
