import {describe, expect, it} from 'vitest';
import {resolveHref} from '../../../../source/core/formats/epub/epub-paths.js';

describe('resolveHref', () => {
	it('resolves against the folder of the file that links', () => {
		expect(resolveHref('OEBPS/content.opf', 'Text/ch1.xhtml')).toEqual({path: 'OEBPS/Text/ch1.xhtml', fragment: null});
		expect(resolveHref('OEBPS/Text/nav.xhtml', '../Text/ch%201.xhtml#h2')).toEqual({path: 'OEBPS/Text/ch 1.xhtml', fragment: 'h2'});
		expect(resolveHref('content.opf', './a.xhtml')).toEqual({path: 'a.xhtml', fragment: null});
	});

	it('points a bare fragment into the linking file', () => {
		expect(resolveHref('OEBPS/ch1.xhtml', '#note')).toEqual({path: 'OEBPS/ch1.xhtml', fragment: 'note'});
	});

	it('refuses links out of the book', () => {
		expect(resolveHref('OEBPS/content.opf', '../../etc/passwd')).toBeNull();
		expect(resolveHref('OEBPS/content.opf', 'https://archiveofourown.org/works/1')).toBeNull();
		expect(resolveHref('OEBPS/content.opf', '//example.com/x')).toBeNull();
	});

	it('keeps a malformed escape as it is', () => {
		expect(resolveHref('a.opf', 'b%zz.xhtml')).toEqual({path: 'b%zz.xhtml', fragment: null});
	});
});
