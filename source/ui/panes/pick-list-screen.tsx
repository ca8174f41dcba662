import React from 'react';
import {chapterAt} from '../../core/chapter-at.js';
import {type Bookmark, getWork} from '../../core/state/reading-state.js';
import {displaySafe} from '../../core/text/display-safe.js';
import {bookmarkPlace} from '../lines/bookmark-place.js';
import type {Region} from '../lines/pick-list-box.js';
import {allBookmarks} from '../state/all-bookmarks.js';
import type {AppState} from '../state/app-state.js';
import type {Layout} from '../state/layout.js';
import type {ReadyReader} from '../state/reader-model.js';
import {PickListOverlay} from './pick-list-overlay.js';

/** The page a pick list is placed over: the pane beside the list (reader or preview), else the list itself. */
export function pageRegion(layout: Extract<Layout, {kind: 'panes'}>): Region {
	return layout.reader > 0 ? {left: layout.list, width: layout.reader, height: layout.height} : {left: 0, width: layout.list, height: layout.height};
}

/** The open pick list (skipped files, bookmarks, chapters), its labels made from the state. */
export function PickListScreen({state, region}: {state: AppState; region: Region}) {
	const overlay = state.overlay;
	const place = {selected: overlay && 'item' in overlay ? overlay.item : 0, region, columns: state.columns};
	switch (overlay?.kind) {
		case 'skipped': {
			const labels = state.skipped.map(file => displaySafe(`${file.path} — ${file.reason}`));
			return <PickListOverlay title={`Skipped files: ${labels.length} (x or Esc closes)`} empty="Every file was read." labels={labels} {...place} />;
		}

		case 'bookmarks': {
			const work = state.reader ? getWork(state.reading, state.stateKeys[state.reader.workIndex]!) : undefined;
			// The state file is ours, but it is a file on disk: its text is shown as untrusted.
			const reader = state.reader?.status === 'ready' ? state.reader : undefined;
			// Where each is: its chapter and how far into the work, then its words.
			const labels = (work?.bookmarks ?? []).map(bookmark => displaySafe(`${formatTime(bookmark.createdAt)}  ${where(reader, bookmark)}  ${bookmark.excerpt}`));
			return <PickListOverlay title="Bookmarks (Enter jumps, d deletes, Esc closes)" empty="No bookmarks yet: press m in the reader to add one." labels={labels} {...place} />;
		}

		case 'all-bookmarks': {
			// The open work's from its text as laid out now; the others' as saved with the bookmark.
			const reader = state.reader?.status === 'ready' ? state.reader : undefined;
			const labels = allBookmarks(state).map(({workIndex, bookmark}) => {
				const place = where(reader?.workIndex === workIndex ? reader : undefined, bookmark, true);
				return displaySafe([formatTime(bookmark.createdAt), state.works[workIndex]!.title, place, bookmark.excerpt].filter(Boolean).join('  '));
			});
			return <PickListOverlay title="Bookmarks in every work (Enter opens, Esc closes)" empty="No bookmarks yet: press m in the reader to add one." labels={labels} {...place} />;
		}

		case 'toc': {
			const toc = state.reader?.status === 'ready' ? state.reader.view.toc : [];
			return <PickListOverlay title="Contents (Enter jumps, Esc closes)" empty="This work marks no chapters." labels={toc.map(entry => entry.title)} {...place} />;
		}

		default: {
			return null;
		}
	}
}

/**
 * A bookmark's chapter and %: from the open work's text when `reader` has it laid out, else as saved
 * with it; `named`, with the chapter's title (the list of every work's bookmarks).
 */
function where(reader: ReadyReader | undefined, bookmark: Bookmark, named = false): string {
	const excerpt = named ? {excerpt: bookmark.excerpt} : undefined;
	if (!reader) return bookmarkPlace(bookmark.chapter, bookmark.progress, excerpt);
	return bookmarkPlace(chapterAt(reader.details.toc, bookmark.position.paragraph), reader.pager.progress(reader.view.toShown(bookmark.position)), excerpt);
}

// Made when the first bookmark is shown, not at start-up (an Intl object costs milliseconds to make).
let timeFormat: Intl.DateTimeFormat | undefined;

/** A bookmark's time in local time (`2026-11-21 21:50`), or nothing for a time no date can hold. */
export function formatTime(ms: number): string {
	const date = new Date(ms);
	if (Number.isNaN(date.getTime())) return '';
	timeFormat ??= new Intl.DateTimeFormat('sv-SE', {dateStyle: 'short', timeStyle: 'short'});
	return timeFormat.format(date);
}
