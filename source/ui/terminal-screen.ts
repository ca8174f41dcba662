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

export type TerminalHold = {
	/**
	 * Gives the terminal back for good. Synchronous and idempotent, so every
	 * exit path (q, Ctrl-C, a signal, a crash) can call it, and calling it
	 * twice is harmless.
	 */
	restore(): void;
	/** Gives the terminal back for a while (the job is stopped): the shell gets its screen and line mode. */
	lend(): void;
	/** Takes it again after `lend`, unless it was given back for good meanwhile; the app then redraws. */
	takeBack(): void;
};

/** Takes the terminal for a full-screen app. */
export function takeTerminal(fd: number, stdin: NodeJS.ReadStream): TerminalHold {
	let held = false;
	let restored = false;
	const take = () => {
		// Raw mode at once: keys typed while the library loads must not be echoed over the screen.
		if (stdin.isTTY) stdin.setRawMode(true);
		writeSync(fd, enterAlternateScreen + hideCursor + startBracketedPaste + clearScreen);
		held = true;
	};

	const giveBack = () => {
		if (!held) return;
		held = false;
		// After SIGHUP the terminal may be gone; failing here must not stop the save that follows.
		try {
			if (stdin.isTTY) stdin.setRawMode(false);
			writeSync(fd, stopBracketedPaste + showCursor + leaveAlternateScreen);
		} catch {}
	};

	take();
	return {
		restore() {
			restored = true;
			giveBack();
		},
		lend: giveBack,
		takeBack() {
			if (!restored && !held) take();
		},
	};
}

/**
 * Job control for a full-screen app. Ctrl-Z reaches it as a key (raw mode
 * turns off the terminal's signals), and `kill -TSTP` as SIGTSTP: either way
 * the terminal is given back before the process stops, so the shell is not
 * left on the alternate screen in raw mode, and taken again on SIGCONT
 * (`fg`), before the app's own SIGCONT listener redraws (useTerminalSize).
 * `stop` stops following (ficread is leaving).
 */
export function followJobControl(terminal: TerminalHold): {stop: () => void} {
	const suspend = () => {
		terminal.lend();
		// SIGSTOP, which nothing can catch: SIGTSTP would come back here.
		process.kill(process.pid, 'SIGSTOP');
	};

	const resume = () => {
		terminal.takeBack();
	};

	process.on('SIGTSTP', suspend);
	process.on('SIGCONT', resume);
	return {
		stop() {
			process.off('SIGTSTP', suspend);
			process.off('SIGCONT', resume);
		},
	};
}
