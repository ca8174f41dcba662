import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {CP1252_80_9F} from '../../../source/core/text/decode-bytes.js';
import {repairMojibake} from '../../../source/core/text/repair-mojibake.js';
import type {RepairNote} from '../../../source/core/work.js';

type PeerCase = {kind: 'repair' | 'negative'; label: string; input: string; expected: string};

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const peerFile = path.resolve(repoRoot, '../shared/peer/ftfy-cp1252.json');
const peerCases: PeerCase[] = existsSync(peerFile) ? (JSON.parse(readFileSync(peerFile, 'utf8')) as {cases: PeerCase[]}).cases : [];

/** What a program shows when it decodes UTF-8 bytes as Windows-1252 (undefined bytes stay C1, as Node decodes them). */
function asCp1252(text: string): string {
	return Array.from(new TextEncoder().encode(text), byte =>
		byte >= 0x80 && byte <= 0x9f ? CP1252_80_9F[byte - 0x80]! : String.fromCharCode(byte),
	).join('');
}

/** The same, decoded as Latin-1: every byte 0x80–0x9F becomes a C1 control. */
function asLatin1(text: string): string {
	return Array.from(new TextEncoder().encode(text), byte => String.fromCharCode(byte)).join('');
}

describe.skipIf(peerCases.length === 0)('repairMojibake on the peer cases', () => {
	it('has the cases it expects', () => {
		expect(peerCases).toHaveLength(54);
	});

	it.each(peerCases.filter(peer => peer.kind === 'repair').map(peer => [peer.label, peer] as const))('repairs: %s', (_label, peer) => {
		expect(repairMojibake(peer.input)).toBe(peer.expected);
	});

	it.each(peerCases.filter(peer => peer.kind === 'negative').map(peer => [peer.label, peer] as const))('leaves alone: %s', (_label, peer) => {
		expect(peer.expected).toBe(peer.input);
		expect(repairMojibake(peer.input)).toBe(peer.input);
	});
});

describe('repairMojibake', () => {
	it('repairs the patterns found in the seed fics', () => {
		expect(repairMojibake('came to this.\u00c2\u00a0')).toBe('came to this.\u00a0');
		expect(repairMojibake('"Mon Ãˆtoile!", he said')).toBe('"Mon Ètoile!", he said');
		expect(repairMojibake('â€œMon Ã©toile,â€\u009d he said')).toBe('“Mon étoile,” he said');
		expect(repairMojibake('Ã©')).toBe('é');
	});

	const fine = [
		'Éponine Thénardier, née in Montfermeil',
		'Les Misérables: “café…” she said, and Zoë’s smile faded.',
		'Herr Müller und Frau Schröder aßen Käse. »Heiß«, sagte er. ›Spaß‹, sagte sie. »Fuß« »GRÖSSE« »Straße«',
		'Déjà vu — voilà, « Ça va ? » à l’hôtel. Noël. Chloé’s. Ô mon Dieu !',
		'¿Qué pasa, señor? ¡Olé! Está «aquí»… AÑO. Ó…',
		'São Paulo, não, irmã, maçã. IRMÃ. AÇÃO.',
		'Ryūnosuke went to Tōkyō; Māori, Łódź, się, Nguyễn, İstanbul, Rīga.',
		'東京の夜。“你好”，她说。한국어',
		'👩‍👧 👨‍👩‍👧‍👦 🏳️‍🌈 ❤️ ✨ ™ © ® ° ± ½ × ÷ § • † … — – ‘’ “” ‹› «» €5 £3',
		'שלום עולם, مرحبا بالعالم, Привет, мир, Γειά σου',
		'e\u0301 a\u0300 (combining), MARQUÉ… ZZAJÉ’s NESTLÉ® SELKÄ\u00a0EDELLÄ',
		'→ ← ⇒ ∞ ≠ √ ∑ ♥ ♪ ★ ✓ ■ ● ─ │ ┌ ┐ ├ ┤',
	];

	it.each(fine)('leaves real text alone: %s', text => {
		expect(repairMojibake(text)).toBe(text);
	});

	it.each(fine)('repairs that text read as Windows-1252: %s', text => {
		expect(repairMojibake(asCp1252(text))).toBe(text);
	});

	it.each(fine)('repairs that text read as Latin-1: %s', text => {
		expect(repairMojibake(asLatin1(text))).toBe(text);
	});

	it.each(fine)('repairs that text read as Windows-1252 twice: %s', text => {
		expect(repairMojibake(asCp1252(asCp1252(text)))).toBe(text);
	});

	it('repairs typical fic punctuation mojibake', () => {
		expect(repairMojibake(asCp1252('“Don’t,” he said — and left… ♥'))).toBe('“Don’t,” he said — and left… ♥');
		expect(repairMojibake('didnâ€™t')).toBe('didn’t');
	});

	it('leaves a word ending in â before punctuation alone, but repairs â-led symbols standing apart', () => {
		expect(repairMojibake('Ah, pâ…” she said')).toBe('Ah, pâ…” she said');
		expect(repairMojibake('score â…” done')).toBe('score ⅔ done');
	});

	it('repairs an uppercase-looking letter inside a lowercase word only there', () => {
		expect(repairMojibake('siÄ™ sÄ…')).toBe('się są');
		expect(repairMojibake('KLÄ… Ä… Ä™')).toBe('KLÄ… Ä… Ä™');
	});

	it('maps lone C1 characters to their Windows-1252 meaning', () => {
		expect(repairMojibake('\u0093Hi,\u0094 she said\u0085 it\u0092s \u0080 5')).toBe('“Hi,” she said… it’s € 5');
	});

	it('leaves the C1 bytes Windows-1252 does not define for the sanitizer', () => {
		expect(repairMojibake('a\u0081b\u008dc\u008fd\u0090e\u009df')).toBe('a\u0081b\u008dc\u008fd\u0090e\u009df');
	});

	it('leaves 8-bit escape sequences whole for the sanitizer', () => {
		expect(repairMojibake('x\u009b31mred\u009b0m')).toBe('x\u009b31mred\u009b0m');
		expect(repairMojibake('a\u009e1;2\u009cb')).toBe('a\u009e1;2\u009cb');
		// APC ends only with ST, so the BEL does not make this 0x9F an escape.
		expect(repairMojibake('a\u009f1;2\u0007b\u009d0;t\u0007c')).toBe('aŸ1;2\u0007b\u009d0;t\u0007c');
		expect(repairMojibake('\u001b]0;t\u009c rest \u0093')).toBe('\u001b]0;t\u009c rest “');
	});

	it('maps C1 characters that only look like an escape', () => {
		expect(repairMojibake('\u009bHallo\u008b')).toBe('›Hallo‹');
		// A string introducer whose ST comes only on a later line is no escape.
		expect(repairMojibake('\u009e and\n\u009c on the next line')).toBe('ž and\nœ on the next line');
	});

	it('reports what it changed through the notes it is given', () => {
		const notes: RepairNote[] = [];
		expect(repairMojibake('Ã©t\u0093', notes)).toBe('ét“');
		expect(notes).toEqual(['mojibake-repaired', 'c1-mapped']);
		const none: RepairNote[] = [];
		repairMojibake('Éponine', none);
		expect(none).toEqual([]);
	});

	it('stops after a bounded number of passes', () => {
		let deep = 'é';
		for (let layer = 0; layer < 6; layer++) {
			deep = asCp1252(deep);
		}

		const repaired = repairMojibake(deep);
		expect(repaired).not.toBe('é');
		expect(repaired.length).toBeLessThan(deep.length);
	});
});
