import path from 'node:path';

/**
 * Where ficread keeps its files, following the XDG Base Directory rules on
 * every platform when the variables are set, and env-paths' platform defaults
 * otherwise. Pure: the caller passes `process.env`, `os.homedir()` and
 * `process.platform`, so every platform's rules can be tested anywhere.
 */
export type PathContext = {
	env: Readonly<Record<string, string | undefined>>;
	home: string;
	platform: NodeJS.Platform;
};

const APP = 'ficread';

/**
 * The state file: `--state FILE`, else `FICREAD_STATE`, else
 * `$XDG_DATA_HOME/ficread/state.json`, else the platform's data folder
 * (`~/.local/share`, macOS `~/Library/Application Support`, Windows
 * `%LOCALAPPDATA%\ficread\Data`). Empty values count as unset, so that
 * `FICREAD_STATE=` restores the default. A relative flag or variable is
 * returned as given, i.e. relative to the working directory.
 */
export function resolveStatePath({flag, ...context}: PathContext & {flag?: string | null | undefined}): string {
	const explicit = nonEmpty(flag) ?? nonEmpty(context.env['FICREAD_STATE']);
	if (explicit !== undefined) {
		return explicit;
	}
	const {env, home, platform} = context;
	const paths = pathFor(platform);
	const xdg = xdgDir(env['XDG_DATA_HOME'], platform);
	if (xdg !== undefined) {
		return paths.join(xdg, APP, 'state.json');
	}
	switch (platform) {
		case 'darwin':
			return paths.join(home, 'Library', 'Application Support', APP, 'state.json');
		case 'win32':
			return paths.join(localAppData(context), APP, 'Data', 'state.json');
		default:
			return paths.join(home, '.local', 'share', APP, 'state.json');
	}
}

/**
 * The cache folder: `$XDG_CACHE_HOME/ficread`, else `~/.cache/ficread`
 * (macOS `~/Library/Caches/ficread`, Windows `%LOCALAPPDATA%\ficread\Cache`).
 */
export function resolveCacheDir(context: PathContext): string {
	const {env, home, platform} = context;
	const paths = pathFor(platform);
	const xdg = xdgDir(env['XDG_CACHE_HOME'], platform);
	if (xdg !== undefined) {
		return paths.join(xdg, APP);
	}
	switch (platform) {
		case 'darwin':
			return paths.join(home, 'Library', 'Caches', APP);
		case 'win32':
			return paths.join(localAppData(context), APP, 'Cache');
		default:
			return paths.join(home, '.cache', APP);
	}
}

/** The XDG spec says a relative value is invalid and must be ignored. */
function xdgDir(value: string | undefined, platform: NodeJS.Platform): string | undefined {
	const dir = nonEmpty(value);
	return dir !== undefined && pathFor(platform).isAbsolute(dir) ? dir : undefined;
}

function localAppData({env, home}: PathContext): string {
	return nonEmpty(env['LOCALAPPDATA']) ?? path.win32.join(home, 'AppData', 'Local');
}

function nonEmpty(value: string | null | undefined): string | undefined {
	return value === null || value === undefined || value === '' ? undefined : value;
}

// The target platform's path rules, not the host's, so the function stays pure.
function pathFor(platform: NodeJS.Platform): path.PlatformPath {
	return platform === 'win32' ? path.win32 : path.posix;
}
