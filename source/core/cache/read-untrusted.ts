/**
 * Readers for values parsed from a cache file. Each returns the value with
 * its type when it has exactly the expected shape and throws `Untrusted`
 * otherwise, so that a decoder reads as a plain description of the layout
 * and one catch rejects the whole file.
 */
import {isFicName} from '../formats/registry.js';
import type {Encoding, RepairNote, WorkFormat, WorkStatus} from '../work.js';

export class Untrusted extends Error {}

export function reject(): never {
	throw new Untrusted('not a valid cache');
}

/**
 * What the text pipeline removes from every metadata string (see `work.ts`):
 * controls other than LF, DEL, C1 and bidi overrides. A cache holding one
 * could move the cursor or disguise text on the user's terminal.
 */
const UNSAFE = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

export function safeText(value: unknown): string {
	return typeof value === 'string' && !UNSAFE.test(value) ? value : reject();
}

/** Any string: for file names, which the UI makes safe where it shows them. */
export function anyText(value: unknown): string {
	return typeof value === 'string' ? value : reject();
}

/** A non-negative integer; it may exceed 2^53, as the parser reads `Chapters:` digits as they are. */
export function count(value: unknown): number {
	return Number.isInteger(value) && (value as number) >= 0 ? (value as number) : reject();
}

export function finite(value: unknown): number {
	return Number.isFinite(value) ? (value as number) : reject();
}

export function nullOr<T>(read: (value: unknown) => T): (value: unknown) => T | null {
	return value => (value === null ? null : read(value));
}

export function listOf<T>(read: (value: unknown) => T): (value: unknown) => T[] {
	return value => (Array.isArray(value) ? value.map(item => read(item)) : reject());
}

/** An array of exactly `length` items. */
export function tuple(value: unknown, length: number): unknown[] {
	return Array.isArray(value) && value.length === length ? value : reject();
}

/** A plain object (not an array, not null), with at most the fields named, when named. */
export function record(value: unknown, fields?: readonly string[]): Record<string, unknown> {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return reject();
	if (fields) {
		for (const field in value) if (!fields.includes(field)) reject();
	}

	return value as Record<string, unknown>;
}

/** Header labels and their values, as `extra` holds them. */
export function textRecord(value: unknown): Record<string, string> {
	const fields = record(value);
	for (const label in fields) {
		safeText(label);
		safeText(fields[label]);
	}

	return fields as Record<string, string>;
}

/** A reader for the members of a string union; the `Record` makes the compiler list every member. */
export function oneOf<T extends string>(members: Record<T, true>): (value: unknown) => T {
	return value => (typeof value === 'string' && Object.hasOwn(members, value) ? (value as T) : reject());
}

export const format = oneOf<WorkFormat>({
	'ao3-text': true,
	'fff-text': true,
	'plain-text': true,
	'ao3-html': true,
	'ao3-epub': true,
	'ao3-mobi': true,
	'ao3-azw3': true,
	'fff-epub': true,
	'fff-html': true,
	epub: true,
	html: true,
	mobi: true,
	azw3: true,
});
export const encoding = oneOf<Encoding>({'utf-8': true, 'utf-8-bom': true, 'utf-16le': true, 'utf-16be': true, 'windows-1252': true});
export const status = oneOf<WorkStatus>({complete: true, 'in-progress': true, unknown: true});
export const repairNote = oneOf<RepairNote>({
	'mojibake-repaired': true,
	'c1-mapped': true,
	'controls-removed': true,
	'escapes-removed': true,
	'bidi-removed': true,
	crlf: true,
	cr: true,
	'tabs-expanded': true,
});

/**
 * A path `walkFicFiles` could list: relative, `/`-separated, no empty, `.`,
 * `..` or hidden segment, with a fic file's name. Anything else could make a
 * cached list point outside the library.
 */
const RELATIVE_PATH = /^(?:[^/.][^/]*\/)*[^/.][^/]*$/;

export function ficPath(value: unknown): string {
	return typeof value === 'string' && RELATIVE_PATH.test(value) && isFicName(value) ? value : reject();
}

/** The head every cache file starts with: written by this ficread, for this folder. */
export function cacheHead(value: unknown, version: string, root: string, fields: readonly string[]): Record<string, unknown> {
	const file = record(value, fields);
	return file['version'] === version && file['root'] === root ? file : reject();
}
