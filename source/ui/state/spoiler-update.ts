import type {CommandHandler} from './app-state.js';
import {rememberSettings} from './remember.js';

const levelWords = {warnings: 'warnings', tags: 'warnings and tags', all: 'warnings, tags and summaries'} as const;

/** `z` turns spoiler-safe mode on or off; the choice is remembered, what it hides stays as the flag last set it. */
export const spoilerCommands = {
	'toggle-spoilers': (state, now) => {
		const spoilers = {...state.spoilers, on: !state.spoilers.on};
		const toggled = rememberSettings({...state, spoilers}, {spoilerSafe: spoilers.on, spoilerLevel: spoilers.level}, now);
		const words = levelWords[spoilers.level];
		return {...toggled, message: spoilers.on ? `Spoiler-safe: ${words} hidden (z shows them)` : `Spoiler-safe off: ${words} shown`};
	},
} satisfies Record<string, CommandHandler>;
