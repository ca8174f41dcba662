import {describe, expect, it} from 'vitest';
import {toCommand} from '../../source/cli/flags.js';

describe('toCommand', () => {
	it('opens the reader on . by default', () => {
		expect(toCommand([])).toEqual({kind: 'read', dir: '.', width: null, state: null, theme: null, spoilers: null});
		expect(toCommand(['--theme', 'light'])).toMatchObject({kind: 'read', theme: 'light'});
		expect(toCommand(['--theme=sepia'])).toEqual({error: '--theme must be one of dark, light, mono, got "sepia"'});
		expect(toCommand(['--theme', ''])).toEqual({error: '--theme needs a value'});
	});

	it('reads --spoiler-safe alone as warnings, or =tags, =all; a folder after it stays the folder', () => {
		expect(toCommand(['--spoiler-safe', 'lib'])).toMatchObject({kind: 'read', dir: 'lib', spoilers: 'warnings'});
		expect(toCommand(['lib', '--spoiler-safe=tags'])).toMatchObject({kind: 'read', dir: 'lib', spoilers: 'tags'});
		expect(toCommand(['--spoiler-safe=all'])).toMatchObject({kind: 'read', spoilers: 'all'});
		expect(toCommand(['--spoiler-safe=everything'])).toEqual({error: '--spoiler-safe must be one of warnings, tags, all, got "everything"'});
		expect(toCommand(['--spoiler-safe=', 'lib'])).toEqual({error: '--spoiler-safe must be one of warnings, tags, all, got ""'});
		// Accepted beside --list (an alias may always pass it): the table has nothing it hides.
		expect(toCommand(['lib', '--list', '--spoiler-safe'])).toEqual({kind: 'list', dir: 'lib', json: false});
	});

	it('reads --list, --json, --filter and --print', () => {
		expect(toCommand(['lib', '--list'])).toEqual({kind: 'list', dir: 'lib', json: false});
		expect(toCommand(['lib', '--list', '--json'])).toEqual({kind: 'list', dir: 'lib', json: true});
		expect(toCommand(['--json', 'lib'])).toEqual({kind: 'list', dir: 'lib', json: true});
		expect(toCommand(['lib', '--filter', 'tag:angst', '--json'])).toEqual({kind: 'filter', dir: 'lib', query: 'tag:angst', json: true, state: null});
		expect(toCommand(['lib', '--filter', 'is:later', '--state', 's.json'])).toEqual({kind: 'filter', dir: 'lib', query: 'is:later', json: false, state: 's.json'});
		expect(toCommand(['lib', '--filter', ''])).toEqual({kind: 'filter', dir: 'lib', query: '', json: false, state: null});
		expect(toCommand(['lib', '--print=123', '--width', '72'])).toEqual({kind: 'print', dir: 'lib', work: '123', width: 72, emphasis: false});
		expect(toCommand(['lib', '--print', '123', '--emphasis'])).toEqual({kind: 'print', dir: 'lib', work: '123', width: null, emphasis: true});
		expect(toCommand(['lib', '--list', '--emphasis'])).toEqual({error: '--emphasis goes with --print'});
	});

	it('refuses unknown flags with their names', () => {
		expect(toCommand(['--bogus'])).toEqual({error: 'unknown flag --bogus (see --help)'});
		expect(toCommand(['-z'])).toEqual({error: 'unknown flag -z (see --help)'});
	});

	it('refuses a width that is not a sensible whole number', () => {
		for (const width of ['abc', '0', '10', '5000', '7.5', '']) {
			expect(toCommand([`--width=${width}`])).toHaveProperty('error', expect.stringContaining('--width must be a whole number'));
		}
	});

	it('refuses modes that cannot be combined', () => {
		expect(toCommand(['--list', '--print', 'x'])).toEqual({error: '--list and --print cannot be combined'});
		// --grep takes --json too; the message left it out.
		expect(toCommand(['--print', 'x', '--json'])).toEqual({error: '--json goes with --list, --filter or --grep, not --print'});
		expect(toCommand(['a', 'b'])).toEqual({error: 'expected one folder, got 2 arguments (see --help)'});
		expect(toCommand([''])).toEqual({error: 'the folder is an empty string (see --help)'});
		expect(toCommand(['--print', ''])).toEqual({error: '--print needs a value'});
		expect(toCommand(['--state='])).toEqual({error: '--state needs a value'});
	});

	it('answers --help and --version before anything else, --help first', () => {
		expect(toCommand(['lib', '--version', '--list'])).toEqual({kind: 'version'});
		expect(toCommand(['--list', '--help', 'lib'])).toEqual({kind: 'help'});
		expect(toCommand(['--version', '--help'])).toEqual({kind: 'help'});
		expect(toCommand(['--bogus', '--width', 'x', '--help'])).toEqual({kind: 'help'});
		expect(toCommand(['a', 'b', '--version'])).toEqual({kind: 'version'});
	});
});
