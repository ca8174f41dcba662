import type {TocEntry} from '../work.js';
import type {HeaderEntry} from './labels.js';

/** What a format parser reads from a file; `parseWork` derives the meta fields from it. */
export type WorkParts = {
	/** The header's `Label: value` lines, in order. */
	entries: HeaderEntry[];
	/** FanFicFare's title line and by-line; AO3 headers carry these as labels. */
	title: string | null;
	authors: string[];
	/** AO3's `Summary:` block after the header; FanFicFare has a `Summary` label. */
	summary: string | null;
	paragraphs: string[];
	toc: TocEntry[];
};
