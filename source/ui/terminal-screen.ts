import {writeSync} from 'node:fs';

// The alternate screen keeps the user's shell scrollback untouched; Ink 6 has no option for it.
const enterAlternateScreen = '\u001B[?1049h';
const leaveAlternateScreen = '\u001B[?1049l';
const hideCursor = '\u001B[?25l';
const showCursor = '\u001B[?25h';
// Bracketed paste: the terminal marks pasted text, so a line break in it is not taken for Enter,
// while one typed ahead with other keys still is (see source/ui/input/read-input.ts).
const startBracketedPaste = '\u001B[?2004h';
const stopBracketedPaste = '\u001B[?2004l';
const clearScreen = '\u001B[2J\u001B[H';

/**
 * Takes the terminal for a full-screen app and returns the function that gives
 * it back. The restore is synchronous and idempotent, so every exit path
 * (q, Ctrl-C, a signal, a crash) can call it, and calling it twice is harmless.
 */
export function takeTerminal(fd: number, stdin: NodeJS.ReadStream): () => void {
	// Raw mode at once: keys typed while the library loads must not be echoed over the screen.
	if (stdin.isTTY) stdin.setRawMode(true);
	writeSync(fd, enterAlternateScreen + hideCursor + startBracketedPaste + clearScreen);
	let restored = false;
	return () => {
		if (restored) return;
		restored = true;
		// After SIGHUP the terminal may be gone; failing here must not stop the save that follows.
		try {
			if (stdin.isTTY) stdin.setRawMode(false);
			writeSync(fd, stopBracketedPaste + showCursor + leaveAlternateScreen);
		} catch {}
	};
}
