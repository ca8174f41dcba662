/** The colour themes, by name: what `--theme` takes (kept apart from the tables, which load React). */
export const themeNames = ['dark', 'light', 'mono'] as const;

export type ThemeName = (typeof themeNames)[number];
