import {helpText} from '../../source/cli/flags.js';
import {keymapMarkdown} from '../../source/ui/input/keymap-markdown.js';

/** `readme` with the text between each pair of markers replaced by what the code says. */
export function generatedReadme(readme: string): string {
	return replaceSection(replaceSection(readme, 'keys', keymapMarkdown()), 'help', '```\n$ ficread --help\n' + helpText.replace(/^\n/, '').trimEnd() + '\n```');
}

function replaceSection(readme: string, name: string, body: string): string {
	const start = `<!-- ${name}:start -->`;
	const end = `<!-- ${name}:end -->`;
	const from = readme.indexOf(start);
	const to = readme.indexOf(end);
	if (from < 0 || to < from) throw new Error(`readme.md has no ${start} … ${end} section`);
	return readme.slice(0, from + start.length) + '\n' + body + '\n' + readme.slice(to);
}
