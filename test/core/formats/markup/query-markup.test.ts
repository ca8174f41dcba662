import {describe, expect, test} from 'vitest';
import {parseMarkup} from '../../../../source/core/formats/markup/parse-markup.js';
import {byId, childElements, findAll, findFirst, hasClass, textOf} from '../../../../source/core/formats/markup/query-markup.js';

const root = parseMarkup(`
<div id="preface"><p class="message">Posted <a href="/works/1">here</a></p>
<dl class="tags"><dt class="rating tags">Rating:</dt><dd class="rating tags"><ul><li><a>Teen</a></li></ul></dd>
<dt>Stats:</dt><dd>Published: 2020-01-01<br/>Words:   1,000  </dd></dl></div>
<div id="chapters"><p>a  <i>b</i>
c</p><p>d</p></div>`);

describe('finding elements', () => {
	test('findAll is in document order, findFirst the first, byId by id', () => {
		expect(findAll(root, element => element.name === 'dt').map(element => textOf(element))).toEqual(['Rating:', 'Stats:']);
		expect(findFirst(root, element => element.name === 'a')?.attributes['href']).toBe('/works/1');
		expect(byId(root, 'chapters')?.name).toBe('div');
		expect(byId(root, 'nothing')).toBeUndefined();
	});

	test('hasClass matches whole class names', () => {
		const dd = findFirst(root, element => element.name === 'dd')!;
		expect(hasClass(dd, 'rating')).toBe(true);
		expect(hasClass(dd, 'tags')).toBe(true);
		expect(hasClass(dd, 'rat')).toBe(false);
		expect(childElements(dd).map(element => element.name)).toEqual(['ul']);
	});

	test('findAll walks a 100,000-deep tree without recursion', () => {
		const deep = parseMarkup('<b>'.repeat(100_000) + 'x');
		expect(findAll(deep, element => element.name === 'b').length).toBe(100_000);
	});
});

describe('textOf', () => {
	test('collapses white space, keeps a no-break space, and breaks lines at blocks and <br>', () => {
		expect(textOf(byId(root, 'chapters')!)).toBe('a b c\nd');
		const stats = findAll(root, element => element.name === 'dd')[1]!;
		expect(textOf(stats)).toBe('Published: 2020-01-01\nWords: 1,000');
		expect(textOf(parseMarkup('<p> a&nbsp;&nbsp;b </p>'))).toBe('a\u00A0\u00A0b');
	});
});
