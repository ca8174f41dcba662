// What the build changes in packages for ficread to behave right, in every build (--plain too):
// each entry of the stand-in table in ARCHITECTURE.md marked "fix". Not speed: behaviour.

/** esbuild plugin: packages (or their parts) ficread leaves out or replaces for its behaviour's sake. */
export const packageFixes = {
	name: 'package-fixes',
	setup(build) {
		// Ink loads its devtools bridge only when DEV=true; ficread never ships it (and it is not installed).
		build.onResolve({filter: /^react-devtools-core$/}, () => ({path: 'devtools', namespace: 'fix'}));
		// With CI set, Ink draws only the last frame, for logs. ficread draws Ink only on a
		// real terminal (it refuses to otherwise), so a CI variable must not blank the screen.
		build.onResolve({filter: /^is-in-ci$/}, () => ({path: 'is-in-ci', namespace: 'fix'}));
		// Ink's cli-cursor has restore-cursor write "show the cursor" to stderr as the process
		// exits, even when stderr is a log file (`ficread ./fics 2> log`). ficread shows the
		// cursor itself on every way out (source/ui/terminal-screen.ts), on the terminal.
		build.onResolve({filter: /^restore-cursor$/}, () => ({path: 'restore-cursor', namespace: 'fix'}));
		build.onLoad({filter: /^devtools$/, namespace: 'fix'}, () => ({contents: 'export default {initialize() {}, connectToDevTools() {}};'}));
		build.onLoad({filter: /^is-in-ci$/, namespace: 'fix'}, () => ({contents: 'export default false;'}));
		build.onLoad({filter: /^restore-cursor$/, namespace: 'fix'}, () => ({contents: 'export default function restoreCursor() {}'}));
	},
};
