/**
 * Drives a terminal program in a real pseudo-terminal and times its frames.
 *
 * How it works
 * - The program runs under a pty of a fixed size, through `script` from
 *   util-linux (`script -qfec "stty cols C rows R; exec CMD" /dev/null`) or,
 *   when `script` is missing or FICREAD_BENCH_PTY=python, a 30-line python3
 *   relay (`pty.fork` + `TIOCSWINSZ`). Either way our end is two pipes: keys
 *   go into the relay's stdin, the terminal's output comes out of its stdout.
 * - Every chunk of output is timestamped on arrival (`performance.now()`)
 *   and fed to {@link VirtualScreen}, a small VT100 subset (cursor moves,
 *   erase line/screen, alternate screen, CR/LF, wrapping; colours ignored).
 *   That is enough for what Ink writes: a full-screen app redraws by erasing
 *   its previous lines and writing the new frame top to bottom.
 * - Frames: Ink 6 wraps each frame in synchronized-update brackets
 *   (`CSI ?2026h` … `CSI ?2026l`). When the stream has them, a frame is
 *   complete at `?2026l`, and its time is the arrival time of the chunk that
 *   held it. A program without them gets one frame per chunk, which can cut a
 *   big frame in two (see limits).
 * - Keystroke-to-frame = (arrival of the end of the first frame the predicate
 *   accepts) − (time the key was written to the relay). Predicates look at the
 *   frame's screen (`lines`) or at `sinceKey`: all text (escapes stripped)
 *   written since the last key, which is what the brief's "look for the
 *   marker in what was written since the key" approach needs.
 * - Peak RSS: the app's own process (not the relay) is found in /proc as the
 *   relay's child (the shell `script` starts execs the command, so the pid
 *   stays, whatever the app later calls itself), and its `VmHWM` (the
 *   kernel's high-water mark of resident memory) is polled.
 *
 * Limits
 * - The relay adds its own hop in each direction (well under a millisecond
 *   when the machine is idle) and its own start-up (`script` + `sh` + `stty`:
 *   ~25 ms here; the python3 relay: hundreds of ms on a busy machine). Both
 *   start-up and keystroke times include it, and so does the bare
 *   `node -e 0` reference when it is measured through the same relay.
 * - Times are when *our* process saw the bytes, which is later than when the
 *   app wrote them by the relay's scheduling; on a loaded machine (2 cores
 *   shared with other work) that jitter lands in the p95s.
 * - The screen model knows no scroll regions, insert/delete characters, or
 *   grapheme clusters; East Asian wide characters are counted as 2 columns
 *   by a code-point table. Rows may be misaligned horizontally after such
 *   text, but each row's text is right, which is all markers need.
 * - Without sync brackets a frame larger than one pipe read (~4 KB) arrives
 *   in pieces; a marker early in the frame then matches before the frame is
 *   complete. Markers that sit at the bottom of the screen (the status bar)
 *   avoid that.
 * - A frame that started before a key was sent and ended after it counts as
 *   "after the key": predicates should test for the change the key causes,
 *   not just for "a frame".
 * - A key drawn in two steps (a search shows the query, then its results;
 *   Enter shows `Opening…`, then the page) needs a predicate for the second
 *   step, or {@link PtyApp.settle}, which takes the last matching frame
 *   before a quiet gap and so misses a step that comes after a longer gap.
 * - Ink throttles renders to 30 fps: a key sent < 33 ms after the previous
 *   frame waits for the throttle, so drivers should pace keys (the bench
 *   waits 50 ms after each frame).
 * - CPU times come in 10 ms ticks: use them summed over many keys.
 */
import {spawn, spawnSync, type ChildProcessWithoutNullStreams} from 'node:child_process';
import {readdirSync, readFileSync} from 'node:fs';
import {StringDecoder} from 'node:string_decoder';

/**
 * What ficread's UI shows, in one place: when the UI's wording changes, this
 * block is the only thing to update.
 */
export const UI = {
	/** Top-left of the list once the library is drawn: `Library · 10,002 works` (then maybe `· by words`, `· scanning …`). */
	libraryTitle: /Library · ([\d,]+) works?/,
	/**
	 * Scan progress while the library loads (issue 6): `scanning 1,234/10,000`
	 * in the list heading, or what is left of it when the heading is cut
	 * short (`scanni…`), or `Scanning 123/10000` on a line of its own.
	 */
	scanning: /(?:^|·|\s)scan(?:ning|nin|ni|n)?(?:…|\s+[\d,]+\s*\/\s*[\d,]+)/im,
	/** The search line: `/query▏ 12 of 340`, hits and total. */
	searchLine: /^\/(.*?)\s+([\d,]+) of ([\d,]+)\s*$/,
	/** The search count alone. */
	searchCount: /([\d,]+) of ([\d,]+)/,
	/** The reader's place in the status bar: `page 3/120 · 2%` or, while pages are counted, `2%`. */
	readerPosition: /(?:page ([\d,]+)\/([\d,]+) · )?(\d+)%/,
	/** The reader while the body loads. */
	opening: 'Opening…',
	/** A hint the status bar shows while the list has the keyboard. */
	listHint: 'Enter read',
	/** A hint the status bar shows in the reader. */
	readerHint: 'Space/b page',
} as const;

/** Keys as the terminal sends them. */
export const KEYS = {
	down: 'j',
	up: 'k',
	search: '/',
	enter: '\r',
	/** From the search box to the list, keeping the results (Enter there opens the highlighted work). */
	tab: '\t',
	esc: '\u001B',
	pageDown: ' ',
	pageUp: 'b',
	quit: 'q',
	ctrlC: '\u0003',
} as const;

/** Code points that take two columns (CJK, Hangul, fullwidth forms, most emoji). */
function charWidth(code: number): number {
	if (code < 0x300) return 1;
	if ((code >= 0x300 && code <= 0x36f) || (code >= 0x200b && code <= 0x200f) || code === 0xfe0f || (code >= 0x20d0 && code <= 0x20ff)) return 0;
	if (
		(code >= 0x1100 && code <= 0x115f) ||
		(code >= 0x2e80 && code <= 0x303e) ||
		(code >= 0x3041 && code <= 0x33ff) ||
		(code >= 0x3400 && code <= 0x4dbf) ||
		(code >= 0x4e00 && code <= 0x9fff) ||
		(code >= 0xa000 && code <= 0xa4cf) ||
		(code >= 0xac00 && code <= 0xd7a3) ||
		(code >= 0xf900 && code <= 0xfaff) ||
		(code >= 0xfe30 && code <= 0xfe4f) ||
		(code >= 0xff00 && code <= 0xff60) ||
		(code >= 0xffe0 && code <= 0xffe6) ||
		(code >= 0x1f300 && code <= 0x1f64f) ||
		(code >= 0x1f900 && code <= 0x1f9ff) ||
		(code >= 0x20000 && code <= 0x3fffd)
	) {
		return 2;
	}

	return 1;
}

/**
 * A character grid fed with terminal output. It understands the subset of
 * VT100/xterm that full-screen apps built on Ink use, and ignores the rest.
 */
export class VirtualScreen {
	private grid: string[][];
	private row = 0;
	private col = 0;
	private pending = '';

	constructor(
		readonly cols: number,
		readonly rows: number,
		/** Called while parsing, at each synchronized-update begin (true) and end (false). */
		private readonly onSync: (begin: boolean) => void = () => {},
	) {
		this.grid = this.blankGrid();
	}

	/** The screen as text, one string per row, trailing blanks trimmed. */
	lines(): string[] {
		return this.grid.map(cells => cells.join('').trimEnd());
	}

	write(text: string): void {
		const input = this.pending + text;
		this.pending = '';
		let index = 0;
		while (index < input.length) {
			const char = input[index]!;
			if (char === '\u001B') {
				const consumed = this.escape(input, index);
				if (consumed === 0) {
					// Incomplete sequence: keep it for the next chunk.
					this.pending = input.slice(index);
					return;
				}

				index += consumed;
				continue;
			}

			const code = input.codePointAt(index)!;
			index += code > 0xff_ff ? 2 : 1;
			if (code === 0x0d) this.col = 0;
			else if (code === 0x0a) this.lineFeed();
			else if (code === 0x08) this.col = Math.max(0, this.col - 1);
			else if (code === 0x09) this.col = Math.min(this.cols - 1, (Math.floor(this.col / 8) + 1) * 8);
			else if (code >= 0x20 && code !== 0x7f && !(code >= 0x80 && code < 0xa0)) this.put(String.fromCodePoint(code), charWidth(code));
		}
	}

	private blankGrid(): string[][] {
		return Array.from({length: this.rows}, () => Array.from({length: this.cols}, () => ' '));
	}

	private put(char: string, width: number): void {
		if (width === 0) {
			const previous = this.col > 0 ? this.col - 1 : 0;
			this.grid[this.row]![previous] += char;
			return;
		}

		if (this.col + width > this.cols) {
			this.col = 0;
			this.lineFeed();
		}

		const cells = this.grid[this.row]!;
		cells[this.col] = char;
		if (width === 2 && this.col + 1 < this.cols) cells[this.col + 1] = '';
		this.col += width;
	}

	private lineFeed(): void {
		if (this.row < this.rows - 1) {
			this.row++;
			return;
		}

		this.grid.shift();
		this.grid.push(Array.from({length: this.cols}, () => ' '));
	}

	private clearCells(row: number, from: number, to: number): void {
		const cells = this.grid[row];
		if (!cells) return;
		for (let col = Math.max(0, from); col < Math.min(this.cols, to); col++) cells[col] = ' ';
	}

	/** Handles the escape sequence at `start`; returns its length, or 0 when it is incomplete. */
	private escape(input: string, start: number): number {
		const next = input[start + 1];
		if (next === undefined) return 0;
		if (next === '[') {
			let end = start + 2;
			while (end < input.length && !/[@-~]/.test(input[end]!)) end++;
			if (end >= input.length) return 0;
			this.csi(input.slice(start + 2, end), input[end]!);
			return end - start + 1;
		}

		if (next === ']' || next === 'P' || next === '_' || next === '^') {
			// OSC / DCS / APC / PM: up to BEL or ST.
			for (let end = start + 2; end < input.length; end++) {
				if (input[end] === '\u0007') return end - start + 1;
				if (input[end] === '\u001B') {
					if (end + 1 >= input.length) return 0;
					if (input[end + 1] === '\\') return end - start + 2;
				}
			}

			return 0;
		}

		if (next === '(' || next === ')' || next === '#' || next === '%') return start + 2 < input.length ? 3 : 0;
		if (next === 'c') {
			this.grid = this.blankGrid();
			this.row = 0;
			this.col = 0;
		}

		return 2;
	}

	private csi(body: string, final: string): void {
		const isPrivate = body.startsWith('?');
		const params = (isPrivate ? body.slice(1) : body).split(';').map(part => Number.parseInt(part, 10));
		const first = Number.isNaN(params[0]!) ? 0 : params[0]!;
		const count = Math.max(1, first);
		if (isPrivate) {
			if (final !== 'h' && final !== 'l') return;
			for (const mode of params) {
				if (mode === 2026) this.onSync(final === 'h');
				if (mode === 1049 || mode === 1047 || mode === 47) {
					this.grid = this.blankGrid();
					if (mode === 1049) {
						this.row = 0;
						this.col = 0;
					}
				}
			}

			return;
		}

		switch (final) {
			case 'A': {
				this.row = Math.max(0, this.row - count);
				break;
			}

			case 'B': {
				this.row = Math.min(this.rows - 1, this.row + count);
				break;
			}

			case 'C': {
				this.col = Math.min(this.cols - 1, this.col + count);
				break;
			}

			case 'D': {
				this.col = Math.max(0, this.col - count);
				break;
			}

			case 'E': {
				this.row = Math.min(this.rows - 1, this.row + count);
				this.col = 0;
				break;
			}

			case 'F': {
				this.row = Math.max(0, this.row - count);
				this.col = 0;
				break;
			}

			case 'G': {
				this.col = Math.min(this.cols - 1, count - 1);
				break;
			}

			case 'H':
			case 'f': {
				const column = params[1];
				this.row = Math.min(this.rows - 1, count - 1);
				this.col = Math.min(this.cols - 1, Math.max(1, Number.isNaN(column ?? Number.NaN) ? 1 : column!) - 1);
				break;
			}

			case 'J': {
				if (first === 0) {
					this.clearCells(this.row, this.col, this.cols);
					for (let row = this.row + 1; row < this.rows; row++) this.clearCells(row, 0, this.cols);
				} else if (first === 1) {
					for (let row = 0; row < this.row; row++) this.clearCells(row, 0, this.cols);
					this.clearCells(this.row, 0, this.col + 1);
				} else {
					this.grid = this.blankGrid();
				}

				break;
			}

			case 'K': {
				if (first === 0) this.clearCells(this.row, this.col, this.cols);
				else if (first === 1) this.clearCells(this.row, 0, this.col + 1);
				else this.clearCells(this.row, 0, this.cols);
				break;
			}

			case 'S': {
				for (let index = 0; index < count; index++) {
					this.grid.shift();
					this.grid.push(Array.from({length: this.cols}, () => ' '));
				}

				break;
			}

			case 'T': {
				for (let index = 0; index < count; index++) {
					this.grid.pop();
					this.grid.unshift(Array.from({length: this.cols}, () => ' '));
				}

				break;
			}

			default: {
				// Colours (m), scroll regions (r), cursor save/restore and the rest change no text.
			}
		}
	}
}

// CSI, OSC/DCS (to BEL or ST), and two-character escapes.
const ansiPattern = /\u001B(?:\[[0-?]*[ -/]*[@-~]|[\]P_^][^\u0007\u001B]*(?:\u0007|\u001B\\)|[()#%].|[@-Z\\-_])/g;

/** `text` without terminal escape sequences. */
export function stripAnsi(text: string): string {
	return text.replaceAll(ansiPattern, '');
}

/**
 * The first `columns` cells of a screen line (see `VirtualScreen.lines`):
 * a wide character takes two, a combining mark none, as the screen placed
 * them. Slicing by code points instead reached past a pane's edge on rows
 * of CJK text, into the pane beside it.
 */
export function leftColumns(line: string, columns: number): string {
	let width = 0;
	let end = 0;
	for (const char of line) {
		const charColumns = charWidth(char.codePointAt(0)!);
		if (width + charColumns > columns) break;
		width += charColumns;
		end += char.length;
	}

	return line.slice(0, end);
}

/** One complete frame: the screen after it was drawn, and when its last byte arrived. */
export type Frame = {
	index: number;
	/** performance.now() when the chunk that ended the frame arrived. */
	t: number;
	lines: string[];
	/** Everything written since the last key was sent, escapes stripped. */
	sinceKey: string;
};

export type FramePredicate = (frame: Frame) => boolean;

export type PtyOptions = {
	command: string;
	args: string[];
	cols: number;
	rows: number;
	env?: NodeJS.ProcessEnv;
	cwd?: string;
	/** Force a backend (default: FICREAD_BENCH_PTY, else `script` when installed, else `python`). */
	backend?: 'script' | 'python';
};

export type ExitInfo = {code: number | null; signal: NodeJS.Signals | null; t: number};

export class TimeoutError extends Error {
	constructor(
		message: string,
		readonly screen: string[],
	) {
		super(message);
	}
}

const pythonRelay = String.raw`
import os, pty, sys, select, fcntl, termios, struct
rows, cols = int(sys.argv[1]), int(sys.argv[2])
argv = sys.argv[3:]
pid, fd = pty.fork()
if pid == 0:
    fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack('HHHH', rows, cols, 0, 0))
    os.execvp(argv[0], argv)
os.write(2, ('PTYPID %d\n' % pid).encode())
watch = [fd, 0]
while True:
    ready, _, _ = select.select(watch, [], [])
    if fd in ready:
        try:
            data = os.read(fd, 65536)
        except OSError:
            data = b''
        if not data:
            break
        view = memoryview(data)
        while view:
            view = view[os.write(1, view):]
    if 0 in ready:
        data = os.read(0, 65536)
        if data:
            os.write(fd, data)
        else:
            watch.remove(0)
_, status = os.waitpid(pid, 0)
sys.exit(os.waitstatus_to_exitcode(status))
`;

let scriptAvailable: boolean | undefined;

/** USER_HZ: the unit of /proc/<pid>/stat times (100 on every Linux we run on). */
const clockTicks = Number(spawnSync('getconf', ['CLK_TCK'], {encoding: 'utf8'}).stdout?.trim()) || 100;

/** Which pty relay this machine has: `script` (util-linux) or `python` (python3's pty module). */
export function ptyBackend(): 'script' | 'python' {
	const forced = process.env['FICREAD_BENCH_PTY'];
	if (forced === 'script' || forced === 'python') return forced;
	scriptAvailable ??= spawnSync('script', ['--version'], {stdio: 'ignore'}).status === 0;
	return scriptAvailable ? 'script' : 'python';
}

function shellQuote(word: string): string {
	return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", String.raw`'\''`)}'`;
}

function readProcStatus(pid: number): {hwmKb: number; rssKb: number} | undefined {
	try {
		const status = readFileSync(`/proc/${pid}/status`, 'utf8');
		const hwm = /VmHWM:\s+(\d+) kB/.exec(status);
		const rss = /VmRSS:\s+(\d+) kB/.exec(status);
		if (!hwm || !rss) return undefined;
		return {hwmKb: Number(hwm[1]), rssKb: Number(rss[1])};
	} catch {
		return undefined;
	}
}

/** Child processes of `parent` (pids), from /proc. */
function childrenOf(parent: number): number[] {
	const children: number[] = [];
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
			// The command name is in parentheses and may hold spaces: the ppid follows the last ')'.
			if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === parent) children.push(Number(name));
		} catch {
			// The process ended while we looked.
		}
	}

	return children;
}

/** A program running in a pseudo-terminal, with its output parsed into frames. */
export class PtyApp {
	/** performance.now() just before the relay was spawned. */
	readonly startedAt: number;
	readonly frames: Frame[] = [];
	readonly exited: Promise<ExitInfo>;
	readonly backend: 'script' | 'python';
	/** Raw output with arrival times (kept for debugging; cheap at these sizes). */
	readonly chunks: Array<{t: number; text: string}> = [];
	exitInfo: ExitInfo | undefined;
	lastSendAt = Number.NEGATIVE_INFINITY;

	private readonly child: ChildProcessWithoutNullStreams;
	private readonly screen: VirtualScreen;
	private readonly decoder = new StringDecoder('utf8');
	private readonly waiters = new Set<{since: number; predicate: FramePredicate; resolve: (frame: Frame) => void}>();
	private syncSeen = false;
	private frameEnded = false;
	private sinceKey = '';
	private appPid: number | undefined;
	private peakHwmKb = 0;
	private lastCpuMs: number | undefined;
	private readonly rssTimer: NodeJS.Timeout;
	private stderr = '';

	constructor(options: PtyOptions) {
		this.backend = options.backend ?? ptyBackend();
		this.screen = new VirtualScreen(options.cols, options.rows, begin => {
			this.syncSeen = true;
			if (!begin) this.frameEnded = true;
		});
		const env = {TERM: 'xterm-256color', ...(options.env ?? process.env), SHELL: '/bin/sh'};
		const spawnOptions = {env, cwd: options.cwd, stdio: 'pipe' as const};
		this.startedAt = performance.now();
		if (this.backend === 'script') {
			const inner = `stty cols ${options.cols} rows ${options.rows} 2>/dev/null; exec ${[options.command, ...options.args].map(shellQuote).join(' ')}`;
			this.child = spawn('script', ['-qfec', inner, '/dev/null'], spawnOptions);
		} else {
			this.child = spawn('python3', ['-c', pythonRelay, String(options.rows), String(options.cols), options.command, ...options.args], spawnOptions);
		}

		this.child.stdout.on('data', (data: Buffer) => {
			this.onOutput(performance.now(), this.decoder.write(data));
		});
		this.child.stderr.on('data', (data: Buffer) => {
			this.stderr += data.toString();
			const pid = /PTYPID (\d+)/.exec(this.stderr);
			if (pid) this.appPid ??= Number(pid[1]);
		});
		this.child.stdin.on('error', () => {
			// The app quit while we were typing.
		});
		this.exited = new Promise(resolve => {
			this.child.on('exit', (code, signal) => {
				clearInterval(this.rssTimer);
				this.exitInfo = {code, signal, t: performance.now()};
				resolve(this.exitInfo);
			});
		});
		this.rssTimer = setInterval(() => {
			this.pollRss();
			this.cpuMs();
		}, 100);
		this.rssTimer.unref();
	}

	/** The relay's pid, and the app's once found. */
	get pids(): {relay: number | undefined; app: number | undefined} {
		return {relay: this.child.pid, app: this.appPid};
	}

	/** The screen now (rows of text). */
	lines(): string[] {
		return this.screen.lines();
	}

	/** The last frame, if any. */
	get lastFrame(): Frame | undefined {
		return this.frames.at(-1);
	}

	/** Writes keys to the terminal; returns the time they were written. */
	send(keys: string): number {
		this.sinceKey = '';
		this.lastSendAt = performance.now();
		this.child.stdin.write(keys);
		return this.lastSendAt;
	}

	/**
	 * The first frame completed after `since` (default: the last key) that
	 * `predicate` accepts, including frames already received.
	 */
	async waitForFrame(predicate: FramePredicate, timeoutMs: number, since = this.lastSendAt): Promise<Frame> {
		const ready = this.frames.find(frame => frame.t >= since && predicate(frame));
		if (ready) return ready;
		return new Promise((resolve, reject) => {
			const waiter = {
				since,
				predicate,
				resolve: (frame: Frame) => {
					clearTimeout(timer);
					this.waiters.delete(waiter);
					resolve(frame);
				},
			};
			const timer = setTimeout(() => {
				this.waiters.delete(waiter);
				reject(new TimeoutError(`no matching frame within ${timeoutMs} ms${this.exitInfo ? ` (app exited with ${this.exitInfo.code ?? this.exitInfo.signal})` : ''}`, this.lines()));
			}, timeoutMs);
			this.waiters.add(waiter);
			void this.exited.then(() => {
				setTimeout(() => {
					if (!this.waiters.has(waiter)) return;
					clearTimeout(timer);
					this.waiters.delete(waiter);
					reject(new TimeoutError(`app exited (${this.exitInfo?.code ?? this.exitInfo?.signal}) before a matching frame${this.stderr ? `: ${this.stderr.trim().slice(-300)}` : ''}`, this.lines()));
				}, 50);
			});
		});
	}

	/**
	 * Waits for a frame `predicate` accepts, then keeps watching until no
	 * frame has arrived for `quietMs`, and returns the last accepted frame:
	 * for keys whose effect comes in more than one frame (a search draws the
	 * query at once and the results a moment later).
	 */
	async settle(predicate: FramePredicate, quietMs: number, timeoutMs: number, since = this.lastSendAt): Promise<Frame> {
		let last = await this.waitForFrame(predicate, timeoutMs, since);
		for (;;) {
			const seen = this.frames.length;
			await delay(quietMs);
			const later = this.frames.slice(seen).filter(frame => predicate(frame));
			if (this.frames.length === seen) return last;
			last = later.at(-1) ?? last;
		}
	}

	/**
	 * CPU time (user + system) the app process has used so far, in ms, from
	 * /proc/<pid>/stat (10 ms ticks). Unlike wall time it does not grow when
	 * the machine is busy with other work.
	 */
	cpuMs(): number | undefined {
		this.pollRss();
		if (this.appPid === undefined) return undefined;
		try {
			const stat = readFileSync(`/proc/${this.appPid}/stat`, 'utf8');
			const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			// Fields 14 and 15 of stat (utime, stime) are at 11 and 12 after the command name.
			this.lastCpuMs = ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicks;
		} catch {
			// Exited: keep the last reading.
		}

		return this.lastCpuMs;
	}

	/**
	 * Scheduler time of all the app's threads so far, in ms, from
	 * /proc/<pid>/task/<tid>/schedstat (nanoseconds): `run` on a CPU and `wait`
	 * ready but queued behind other processes. A slow key whose `wait` grew was
	 * the machine's doing; one whose `run` grew was the app's. Only live threads
	 * are counted: one that ends between two readings makes the difference low.
	 */
	schedMs(): {run: number; wait: number} | undefined {
		if (this.appPid === undefined) return undefined;
		let run = 0;
		let wait = 0;
		try {
			for (const task of readdirSync(`/proc/${this.appPid}/task`)) {
				try {
					const [runNs, waitNs] = readFileSync(`/proc/${this.appPid}/task/${task}/schedstat`, 'utf8').split(' ');
					run += Number(runNs) / 1e6;
					wait += Number(waitNs) / 1e6;
				} catch {
					// The thread ended while we looked.
				}
			}
		} catch {
			return undefined;
		}

		return {run, wait};
	}

	/** Peak resident memory of the app process so far, in kB (VmHWM), if it was found. */
	peakRssKb(): number | undefined {
		this.pollRss();
		return this.peakHwmKb > 0 ? this.peakHwmKb : undefined;
	}

	async waitForExit(timeoutMs: number): Promise<ExitInfo | undefined> {
		return Promise.race([this.exited, delay(timeoutMs).then(() => undefined)]);
	}

	/** Ends the app and its relay (only the processes this object started). */
	async kill(): Promise<void> {
		if (this.exitInfo) return;
		if (this.appPid !== undefined) {
			try {
				process.kill(this.appPid, 'SIGTERM');
			} catch {
				// Already gone.
			}
		}

		this.child.kill('SIGTERM');
		if (!(await this.waitForExit(2000))) this.child.kill('SIGKILL');
		await this.waitForExit(2000);
	}

	private onOutput(t: number, text: string): void {
		this.chunks.push({t, text});
		this.sinceKey += stripAnsi(text);
		this.frameEnded = false;
		this.screen.write(text);
		// With sync brackets, only their end completes a frame; without, every chunk does.
		if (this.frameEnded || !this.syncSeen) this.addFrame(t);
	}

	private addFrame(t: number): void {
		const frame: Frame = {index: this.frames.length, t, lines: this.screen.lines(), sinceKey: this.sinceKey};
		this.frames.push(frame);
		for (const waiter of this.waiters) {
			if (t >= waiter.since && waiter.predicate(frame)) waiter.resolve(frame);
		}
	}

	private pollRss(): void {
		// Matching the command line instead would miss an app that renames itself (ficread sets process.title).
		if (this.appPid === undefined && this.child.pid !== undefined && this.backend === 'script') this.appPid = childrenOf(this.child.pid)[0];

		if (this.appPid === undefined) return;
		const status = readProcStatus(this.appPid);
		if (status) this.peakHwmKb = Math.max(this.peakHwmKb, status.hwmKb);
	}
}

export async function delay(ms: number): Promise<void> {
	return new Promise(resolve => {
		setTimeout(resolve, ms);
	});
}

/** The number of works the list heading shows, if it is on screen. */
export function listedWorks(frame: Frame): number | undefined {
	const count = UI.libraryTitle.exec(frame.lines.join('\n'))?.[1];
	return count === undefined ? undefined : Number(count.replaceAll(',', ''));
}

/** Quits as a user would (`q` from the list), then Ctrl-C, then a signal; `onKill` hears about the last resort. */
export async function quitApp(app: PtyApp, onKill: () => void = () => {}): Promise<void> {
	app.send(KEYS.quit);
	if (await app.waitForExit(3000)) return;
	app.send(KEYS.ctrlC);
	if (await app.waitForExit(3000)) return;
	onKill();
	await app.kill();
}

/** The last row with text on it (the status bar of a full-screen app). */
export function statusLine(lines: readonly string[]): string {
	for (let index = lines.length - 1; index >= 0; index--) if (lines[index]!.trim() !== '') return lines[index]!;
	return '';
}

/** Every row but the status bar, joined: what changes when the content changes. */
export function body(lines: readonly string[]): string {
	let last = lines.length - 1;
	while (last >= 0 && lines[last]!.trim() === '') last--;
	return lines.slice(0, Math.max(0, last)).join('\n');
}

/** True when some row has text. */
export function hasText(lines: readonly string[]): boolean {
	return lines.some(line => line.trim() !== '');
}

/** Runs `command args` in a pty until it exits; returns the wall time from spawn to exit (ms). */
export async function timeToExit(command: string, args: string[], options: Omit<PtyOptions, 'command' | 'args'>, timeoutMs = 10_000): Promise<number> {
	const app = new PtyApp({...options, command, args});
	const exit = await app.waitForExit(timeoutMs);
	if (!exit) {
		await app.kill();
		throw new Error(`${command} did not exit within ${timeoutMs} ms`);
	}

	return exit.t - app.startedAt;
}
