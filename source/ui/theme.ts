import {createContext, useContext} from 'react';

/**
 * Colour as data: every style the screen gives meaning to, by role, in one
 * table per theme. Views ask for a role, never a colour. Under NO_COLOR
 * (https://no-color.org: set and not empty) the mono table is used: bold,
 * dim, italic, underline and inverse only, which read the same without colour.
 */
import type {ThemeName} from './theme-names.js';

export type {ThemeName} from './theme-names.js';

/** What a role looks like: Ink's text props. */
export type RoleStyle = {color?: string; bold?: boolean; dimColor?: boolean; inverse?: boolean; underline?: boolean};

export type Role = 'warning' | 'heading' | 'note' | 'noteLabel' | 'match' | 'currentMatch' | 'phrase' | 'markRead' | 'markReading' | 'markLater' | 'status';

export type Theme = Record<Role, RoleStyle>;

const mono: Theme = {
	warning: {bold: true},
	heading: {bold: true},
	note: {dimColor: true},
	noteLabel: {bold: true, dimColor: true},
	match: {inverse: true},
	currentMatch: {inverse: true, bold: true, underline: true},
	// The phrase in a full-text hit's snippet: it must show on a highlighted (inverse) line too.
	phrase: {bold: true, underline: true},
	markRead: {},
	markReading: {},
	markLater: {},
	status: {inverse: true},
};

export const themes: Record<ThemeName, Theme> = {
	dark: {
		...mono,
		warning: {color: 'yellow'},
		heading: {bold: true, color: 'cyanBright'},
		noteLabel: {bold: true, dimColor: true, color: 'magenta'},
		phrase: {bold: true, underline: true, color: 'yellowBright'},
		markRead: {color: 'green'},
		markReading: {color: 'yellow'},
		markLater: {color: 'blue'},
	},
	light: {
		...mono,
		warning: {color: 'red'},
		heading: {bold: true, color: 'blue'},
		noteLabel: {bold: true, dimColor: true, color: 'magenta'},
		phrase: {bold: true, underline: true, color: 'red'},
		markRead: {color: 'green'},
		markReading: {color: 'magenta'},
		markLater: {color: 'blue'},
	},
	mono,
};

/** The theme asked for (a flag), else dark; mono whenever NO_COLOR is set and not empty. */
export function themeFor(name: ThemeName | null, env: Record<string, string | undefined> = process.env): Theme {
	if (env['NO_COLOR']) return themes.mono;
	return themes[name ?? 'dark'];
}

export const ThemeContext = createContext<Theme>(themeFor(null));

export function useTheme(): Theme {
	return useContext(ThemeContext);
}
