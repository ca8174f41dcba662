/** The command line: help text, and what the flags ask for. */

import {isSpoilerLevel, spoilerLevels, type SpoilerLevel} from '../core/spoilers.js';
import {themeNames, type ThemeName} from '../ui/theme-names.js';
import {readArgv} from './read-argv.js';

export const helpText = `
  Usage
    $ ficread [DIR]

  Opens a full-screen reader over the fic files below DIR (default: .):
  EPUB, HTML, MOBI, AZW3 and text downloads from AO3, FanFicFare and elsewhere.

  Options
    --list           Print the library as a table and exit
    --json           With --list, --filter or --grep: print JSON, not a table
    --filter QUERY   Print the works matching QUERY, best first, and exit
                     (exit 1 when nothing matches)
    --grep PHRASE    Print the works whose text holds PHRASE, with the place
                     (case, accents, quotes, line breaks do not matter)
    --print WORK     Print the text of one work (Work ID or path) and exit
    --emphasis       With --print: mark italics as _text_ and bold as *text*
    --width N        Wrap text at N columns (reader default: 72)
    --state FILE     Keep reading state in FILE
                     (default: $XDG_DATA_HOME/ficread/state.json)
    --theme NAME     Colours: dark (default), light or mono
                     (NO_COLOR set gives mono)
    --spoiler-safe   Hide Archive Warnings until z shows them
    --spoiler-safe=tags|all
                     Hide Additional Tags too (all: and summaries)
    -h, --help       Show this help
    --version        Show the version

  Exit codes
    0 success, 1 --filter or --grep matched nothing, 2 usage error or unusable DIR,
    70 internal error, 74 the output could not be written (a full disk)

  Examples
    $ ficread ~/fics
    $ ficread ~/fics --list
    $ ficread ~/fics --filter 'tag:angst words:>10000' --json
    $ ficread ~/fics --print 3410741 --width 72 | less
`;

/** What the user asked ficread to do. */
export type Command =
	| {kind: 'help'}
	| {kind: 'version'}
	| {kind: 'list'; dir: string; json: boolean}
	| {kind: 'filter'; dir: string; query: string; json: boolean; state: string | null}
	| {kind: 'grep'; dir: string; phrase: string; json: boolean}
	| {kind: 'print'; dir: string; work: string; width: number | null; emphasis: boolean}
	| {kind: 'read'; dir: string; width: number | null; state: string | null; theme: ThemeName | null; spoilers: SpoilerLevel | null};

const minWidth = 20;
const maxWidth = 1000;

/**
 * Turns the command line into one command, or a one-line usage error. Pure, so
 * every combination is tested without spawning the CLI.
 */
export function toCommand(argv: readonly string[]): Command | {error: string} {
	const {input, flags, problem} = readArgv(argv);
	if (flags.help) return {kind: 'help'};
	if (flags.version) return {kind: 'version'};
	if (problem !== undefined) return {error: problem};
	if (input.length > 1) return {error: `expected one folder, got ${input.length} arguments (see --help)`};
	if (input[0] === '') return {error: 'the folder is an empty string (see --help)'};

	// Not --filter: an empty query lists every work, as in the search box.
	for (const name of ['print', 'state', 'grep', 'theme'] as const) {
		if (flags[name] === '') return {error: `--${name} needs a value`};
	}

	let width: number | null = null;
	if (flags.width !== undefined) {
		const parsed = /^\d+$/.test(flags.width) ? Number(flags.width) : Number.NaN;
		if (!(parsed >= minWidth && parsed <= maxWidth)) return {error: `--width must be a whole number from ${minWidth} to ${maxWidth}, got "${flags.width}"`};
		width = parsed;
	}

	const theme = flags.theme === undefined ? null : themeNames.find(name => name === flags.theme);
	if (theme === undefined) return {error: `--theme must be one of ${themeNames.join(', ')}, got "${flags.theme}"`};

	const spoilerFlag = flags['spoiler-safe'];
	const spoilers = spoilerFlag === undefined ? null : spoilerFlag === true ? 'warnings' : spoilerFlag;
	if (spoilers !== null && !isSpoilerLevel(spoilers)) return {error: `--spoiler-safe must be one of ${spoilerLevels.join(', ')}, got "${spoilers}"`};

	const modes = [flags.list && '--list', flags.filter !== undefined && '--filter', flags.grep !== undefined && '--grep', flags.print !== undefined && '--print'].filter(Boolean);
	if (modes.length > 1) return {error: `${modes.join(' and ')} cannot be combined`};
	if (flags.json && flags.print !== undefined) return {error: '--json goes with --list, --filter or --grep, not --print'};
	if (flags.emphasis && flags.print === undefined) return {error: '--emphasis goes with --print'};

	const dir = input[0] ?? '.';
	if (flags.filter !== undefined) return {kind: 'filter', dir, query: flags.filter, json: Boolean(flags.json), state: flags.state ?? null};
	if (flags.grep !== undefined) return {kind: 'grep', dir, phrase: flags.grep, json: Boolean(flags.json)};
	if (flags.print !== undefined) return {kind: 'print', dir, work: flags.print, width, emphasis: Boolean(flags.emphasis)};
	if (flags.list || flags.json) return {kind: 'list', dir, json: Boolean(flags.json)};
	// With --list and --filter it is accepted and changes nothing: the table shows no warnings, tags or
	// summaries, and JSON is data for programs, kept whole.
	return {kind: 'read', dir, width, state: flags.state ?? null, theme, spoilers};
}
