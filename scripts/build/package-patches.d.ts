/** An edit in a package's source: its file, and the [find, replace] edits to make in its text. */
export type Patch = {file: string; edits(source: string): Array<[string, string]>};
export const yogaWasmFile: string;
export const inkTextCachePatches: Patch[];
export const emojiRegexPatch: Patch;
export const yogaWasmPatch: Patch;
export const inkFullHeightPatch: Patch;
export const inkUnnamedKeyPatch: Patch;
export function applyPatch(patch: Patch, source: string): string;
