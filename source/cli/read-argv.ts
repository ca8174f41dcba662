/**
 * Reads the command line exactly as --help writes it. Not meow's parser (yargs-parser): that one
 * reads `--LIST` and `--Width` as `--list` and `--width`, `--no-list` as list off, ignores a value
 * given to `--list`, throws on a repeated flag, strips the quotes from `--filter='"a phrase"'`, and
 * reads the query in `--filter -fluff` as flags.
 */

const flagTypes = {
	list: 'boolean',
	json: 'boolean',
	filter: 'string',
	grep: 'string',
	print: 'string',
	emphasis: 'boolean',
	width: 'string',
	state: 'string',
	theme: 'string',
	// A value only after `=`: `--spoiler-safe ~/fics` must not read the folder as its value.
	'spoiler-safe': 'optional',
	help: 'boolean',
	version: 'boolean',
} as const;

type FlagName = keyof typeof flagTypes;

type ParsedFlags = {[Name in FlagName]?: (typeof flagTypes)[Name] extends 'string' ? string : (typeof flagTypes)[Name] extends 'optional' ? string | true : true};

/** The folder arguments and flags, and the first thing wrong with them, if anything is. */
export type ReadArgv = {input: string[]; flags: ParsedFlags; problem?: string};

export function readArgv(argv: readonly string[]): ReadArgv {
	const input: string[] = [];
	const flags: Record<string, string | true> = {};
	const unknown: string[] = [];
	const problems: string[] = [];
	for (let index = 0; index < argv.length; index++) {
		const token = argv[index]!;
		if (token === '--') {
			input.push(...argv.slice(index + 1));
			break;
		}

		// A lone `-` is an argument by convention (a folder of that name, here).
		if (!token.startsWith('-') || token === '-') {
			input.push(token);
			continue;
		}

		const [, long, inline] = /^--([^=]*)(?:=(.*))?$/s.exec(token) ?? [];
		// The one short flag: -h is what people try first when they want help.
		const name = token === '-h' ? 'help' : long;
		if (name === undefined || !Object.hasOwn(flagTypes, name)) {
			unknown.push(name === undefined ? token : `--${name}`);
			continue;
		}

		if (name in flags) problems.push(`--${name} can only be given once`);
		if (flagTypes[name as FlagName] === 'boolean') {
			if (inline !== undefined) problems.push(`--${name} takes no value`);
			flags[name] = true;
		} else if (inline !== undefined) {
			flags[name] = inline;
		} else if (flagTypes[name as FlagName] === 'optional') {
			flags[name] = true;
		} else if (index + 1 < argv.length) {
			// Whatever it starts with: a query may begin with `-` (`--filter -fluff` leaves fluff out).
			flags[name] = argv[++index]!;
		} else {
			problems.push(`--${name} needs a value`);
		}
	}

	const problem = unknown.length > 0 ? `unknown flag ${[...new Set(unknown)].join(', ')} (see --help)` : problems[0];
	return {input, flags, ...(problem === undefined ? {} : {problem})};
}
