import {describe, expect, it} from 'vitest';
import {resolveCacheDir, resolveStatePath} from '../../../source/core/state/state-path.js';

const linux = {home: '/home/ann', platform: 'linux' as const};

describe('resolveStatePath', () => {
	it('prefers --state, then FICREAD_STATE, then XDG_DATA_HOME, then ~/.local/share', () => {
		const env = {FICREAD_STATE: '/env/state.json', XDG_DATA_HOME: '/xdg'};
		expect(resolveStatePath({...linux, env, flag: '/flag/state.json'})).toBe('/flag/state.json');
		expect(resolveStatePath({...linux, env})).toBe('/env/state.json');
		expect(resolveStatePath({...linux, env: {XDG_DATA_HOME: '/xdg'}})).toBe('/xdg/ficread/state.json');
		expect(resolveStatePath({...linux, env: {}})).toBe('/home/ann/.local/share/ficread/state.json');
	});

	it('treats empty values as unset', () => {
		expect(resolveStatePath({...linux, env: {FICREAD_STATE: '', XDG_DATA_HOME: ''}, flag: ''})).toBe(
			'/home/ann/.local/share/ficread/state.json',
		);
	});

	it('ignores a relative XDG_DATA_HOME, as the XDG spec requires', () => {
		expect(resolveStatePath({...linux, env: {XDG_DATA_HOME: 'relative/dir'}})).toBe('/home/ann/.local/share/ficread/state.json');
	});

	it('keeps a relative --state as given', () => {
		expect(resolveStatePath({...linux, env: {}, flag: 'my-state.json'})).toBe('my-state.json');
	});

	it('uses the platform folders of env-paths on macOS and Windows', () => {
		expect(resolveStatePath({home: '/Users/ann', platform: 'darwin', env: {}})).toBe(
			'/Users/ann/Library/Application Support/ficread/state.json',
		);
		expect(resolveStatePath({home: '/Users/ann', platform: 'darwin', env: {XDG_DATA_HOME: '/xdg'}})).toBe('/xdg/ficread/state.json');
		expect(
			resolveStatePath({home: 'C:\\Users\\ann', platform: 'win32', env: {LOCALAPPDATA: 'C:\\Users\\ann\\AppData\\Local'}}),
		).toBe('C:\\Users\\ann\\AppData\\Local\\ficread\\Data\\state.json');
		expect(resolveStatePath({home: 'C:\\Users\\ann', platform: 'win32', env: {}})).toBe(
			'C:\\Users\\ann\\AppData\\Local\\ficread\\Data\\state.json',
		);
	});
});

describe('resolveCacheDir', () => {
	it('uses XDG_CACHE_HOME, then the platform default', () => {
		expect(resolveCacheDir({...linux, env: {XDG_CACHE_HOME: '/cache'}})).toBe('/cache/ficread');
		expect(resolveCacheDir({...linux, env: {XDG_CACHE_HOME: 'rel'}})).toBe('/home/ann/.cache/ficread');
		expect(resolveCacheDir({...linux, env: {}})).toBe('/home/ann/.cache/ficread');
		expect(resolveCacheDir({home: '/Users/ann', platform: 'darwin', env: {}})).toBe('/Users/ann/Library/Caches/ficread');
		expect(resolveCacheDir({home: 'C:\\Users\\ann', platform: 'win32', env: {LOCALAPPDATA: 'D:\\Local'}})).toBe(
			'D:\\Local\\ficread\\Cache',
		);
	});
});
