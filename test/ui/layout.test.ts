import {describe, expect, it} from 'vitest';
import {computeLayout} from '../../source/ui/state/layout.js';

describe('computeLayout', () => {
	it('shows list, reader and sidebar side by side from 100 columns', () => {
		const layout = computeLayout(120, 40, 'list', false, false);
		// Every row but the status bar's.
		expect(layout).toMatchObject({kind: 'panes', height: 39, sidebarOverReader: false});
		if (layout.kind !== 'panes') throw new Error('expected panes');
		expect(layout.list + layout.reader + layout.sidebar).toBe(120);
		expect(layout.sidebar).toBeGreaterThan(0);
	});

	it('drops the sidebar under 100 columns and draws it over the reader when toggled', () => {
		expect(computeLayout(99, 30, 'list', false, false)).toMatchObject({sidebar: 0, sidebarOverReader: false});
		expect(computeLayout(80, 30, 'reader', true, false)).toMatchObject({sidebar: 0, sidebarOverReader: true});
	});

	it('gives the hidden sidebar column\'s room to the reader, and only where it has a column', () => {
		const shown = computeLayout(120, 40, 'reader', false, false);
		const hidden = computeLayout(120, 40, 'reader', false, true);
		if (shown.kind !== 'panes' || hidden.kind !== 'panes') throw new Error('expected panes');
		expect(hidden).toMatchObject({list: shown.list, reader: shown.reader + shown.sidebar, sidebar: 0, sidebarOverReader: false});
		expect(computeLayout(80, 30, 'reader', false, true)).toEqual(computeLayout(80, 30, 'reader', false, false));
	});

	it('shows one pane at a time under 60 columns', () => {
		expect(computeLayout(59, 20, 'list', false, false)).toMatchObject({list: 59, reader: 0});
		expect(computeLayout(59, 20, 'reader', false, false)).toMatchObject({list: 0, reader: 59});
	});

	it('is too small under 40×10', () => {
		expect(computeLayout(39, 30, 'list', false, false).kind).toBe('too-small');
		expect(computeLayout(80, 9, 'list', false, false).kind).toBe('too-small');
		expect(computeLayout(40, 10, 'list', false, false).kind).toBe('panes');
	});
});
