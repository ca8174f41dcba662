import {describe, expect, it} from 'vitest';
import {sanitize} from '../../../source/core/text/sanitize.js';

const ESC = '\u001b';
const BEL = '\u0007';
const ST = `${ESC}\\`;

describe('sanitize', () => {
	it('returns clean text as it is, with no notes', () => {
		const text = 'Éponine said, “Hello…”\n\n日本 👩‍👧 שלום';
		expect(sanitize(text)).toEqual({text, notes: []});
	});

	it('turns CRLF and lone CR into LF, noting which', () => {
		expect(sanitize('a\r\nb\r\n')).toEqual({text: 'a\nb\n', notes: ['crlf']});
		expect(sanitize('a\rb\r')).toEqual({text: 'a\nb\n', notes: ['cr']});
		expect(sanitize('a\r\nb\rc')).toEqual({text: 'a\nb\nc', notes: ['crlf', 'cr']});
	});

	it('turns the Unicode line and paragraph separators into LF', () => {
		expect(sanitize('a\u2028b\u2029c').text).toBe('a\nb\nc');
	});

	it('expands a tab at a line start to four spaces and any other tab to one', () => {
		expect(sanitize('\tIndented\n\t\tTwice\nname:\tvalue')).toEqual({
			text: '    Indented\n        Twice\nname: value',
			notes: ['tabs-expanded'],
		});
	});

	it('removes a CSI sequence whole, parameters and all', () => {
		expect(sanitize(`${ESC}[1;31mred${ESC}[0m and ${ESC}[2J${ESC}[?25l`)).toEqual({text: 'red and ', notes: ['escapes-removed']});
	});

	it('removes an OSC ended by BEL or by ST', () => {
		expect(sanitize(`a${ESC}]0;evil title${BEL}b${ESC}]2;other${ST}c`).text).toBe('abc');
	});

	it('removes an OSC 8 hyperlink but keeps its visible text', () => {
		const link = `${ESC}]8;;https://evil.example/${ST}click here${ESC}]8;;${ST}`;
		expect(sanitize(`See ${link}.`).text).toBe('See click here.');
	});

	it('removes an OSC 52 clipboard write', () => {
		expect(sanitize(`x${ESC}]52;c;cm0gLXJmIH4=${BEL}y`)).toEqual({text: 'xy', notes: ['escapes-removed']});
	});

	it('removes an unterminated OSC to the end of its line only', () => {
		expect(sanitize(`keep${ESC}]0;never ends\nnext line`).text).toBe('keep\nnext line');
	});

	it('removes DCS, SOS, PM and APC strings, ended by ST or by the line end', () => {
		expect(sanitize(`a${ESC}Pq#0;2;0;0;0${ST}b${ESC}Xsos${ST}c${ESC}^pm${ST}d${ESC}_apc${ST}e`).text).toBe('abcde');
		expect(sanitize(`a${ESC}Pnever ends\nb`).text).toBe('a\nb');
	});

	it('removes other ESC sequences and a lone ESC', () => {
		expect(sanitize(`a${ESC}7b${ESC}8c${ESC}(Bd${ESC}#8e${ESC}cf${ESC}`).text).toBe('abcdef');
	});

	it('removes 8-bit CSI, OSC and DCS whole', () => {
		expect(sanitize('a\u009b31mred\u009b0m').text).toBe('ared');
		expect(sanitize(`a\u009d0;title${BEL}b\u009d8;;https://x\u009cc`).text).toBe('abc');
		expect(sanitize('a\u0090payload\u009cb').text).toBe('ab');
	});

	it('removes a lone 8-bit introducer without eating the text after it', () => {
		expect(sanitize('a\u009dtext goes on')).toEqual({text: 'atext goes on', notes: ['controls-removed']});
	});

	it('removes other C0 controls, DEL and C1 controls', () => {
		expect(sanitize(`a\u0000b${BEL}c\u0008d\u007fe\u0085f\u0081g`)).toEqual({text: 'abcdefg', notes: ['controls-removed']});
	});

	it('removes bidi overrides and isolates but keeps RTL letters and the plain marks', () => {
		const trojan = 'access\u202e\u2066level\u2069\u2066';
		expect(sanitize(trojan)).toEqual({text: 'accesslevel', notes: ['bidi-removed']});
		expect(sanitize('שלום\u200f world, مرحبا\u200e').text).toBe('שלום\u200f world, مرحبا\u200e');
		expect(sanitize('\u202a\u202b\u202c\u202d\u2067\u2068x').text).toBe('x');
	});

	it('removes a stray BOM', () => {
		expect(sanitize('part one\ufeffpart two').text).toBe('part onepart two');
	});

	it('keeps ZWJ, ZWNJ, emoji, CJK and combining marks', () => {
		const text = 'می\u200cخواهم 👨‍👩‍👧‍👦 🏳️‍🌈 東京 e\u0301 Nguyễn';
		expect(sanitize(text)).toEqual({text, notes: []});
	});

	it('reports every kind of change it made, in pipeline order', () => {
		expect(sanitize(`\ta\r\n${ESC}[0mb\u0000\u202e`).notes).toEqual([
			'crlf',
			'escapes-removed',
			'tabs-expanded',
			'controls-removed',
			'bidi-removed',
		]);
	});
});
