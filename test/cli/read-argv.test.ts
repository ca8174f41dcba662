import {describe, expect, it} from 'vitest';
import {readArgv} from '../../source/cli/read-argv.js';

describe('readArgv', () => {
	it('reads flags by their exact names, values after a space or =', () => {
		expect(readArgv(['lib', '--list', '--width', '72', '--state=s.json'])).toEqual({input: ['lib'], flags: {list: true, width: '72', state: 's.json'}});
	});

	it('keeps a value as written: quotes, = signs and spaces', () => {
		expect(readArgv(['--filter="found family"']).flags).toEqual({filter: '"found family"'});
		expect(readArgv(["--filter='angst"]).flags).toEqual({filter: "'angst"});
		expect(readArgv(['--state=a=b c']).flags).toEqual({state: 'a=b c'});
		expect(readArgv(['--filter=']).flags).toEqual({filter: ''});
	});

	it('takes the argument after a flag that needs a value as its value, even one that starts with -', () => {
		expect(readArgv(['--filter', '-fluff', 'lib']).flags).toEqual({filter: '-fluff'});
		expect(readArgv(['--state', '--list'])).toEqual({input: [], flags: {state: '--list'}});
		expect(readArgv(['--print', '--'])).toEqual({input: [], flags: {print: '--'}});
	});

	it('takes a value for --spoiler-safe only after =', () => {
		expect(readArgv(['--spoiler-safe', 'lib'])).toEqual({input: ['lib'], flags: {'spoiler-safe': true}});
		expect(readArgv(['--spoiler-safe=tags', 'lib'])).toEqual({input: ['lib'], flags: {'spoiler-safe': 'tags'}});
	});

	it('takes everything after -- and a lone - as folders', () => {
		expect(readArgv(['--list', '--', '--json', '-x'])).toEqual({input: ['--json', '-x'], flags: {list: true}});
		expect(readArgv(['-'])).toEqual({input: ['-'], flags: {}});
	});

	it('reads -h as --help, and no other short flag', () => {
		expect(readArgv(['-h'])).toEqual({input: [], flags: {help: true}});
		expect(readArgv(['-v']).problem).toBe('unknown flag -v (see --help)');
	});

	it('names every unknown flag, as typed', () => {
		expect(readArgv(['--LIST', '-l', '--no-json=1', '-abc']).problem).toBe('unknown flag --LIST, -l, --no-json, -abc (see --help)');
		expect(readArgv(['-x', '-x']).problem).toBe('unknown flag -x (see --help)');
	});

	it('refuses a repeated flag, a value for a switch and a missing value', () => {
		expect(readArgv(['--list', '--list']).problem).toBe('--list can only be given once');
		expect(readArgv(['--json=false']).problem).toBe('--json takes no value');
		expect(readArgv(['--print']).problem).toBe('--print needs a value');
	});
});
