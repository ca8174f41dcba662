import {createPager, type Pager} from '../../core/pager/pager.js';
import type {Position} from '../../core/pager/position.js';
import {type BodyView, bodyView} from '../../core/rich/body-view.js';
import {withBlocks} from '../../core/rich/plain-blocks.js';
import type {WorkBody, WorkDetails} from '../../core/work.js';
import type {FindModel} from './find-model.js';

/**
 * The open work: its body once loaded, what of it is shown (notes hidden or
 * not), the pager over that and the first character on screen. `top` and
 * find hits are places in `view.body`; what is saved (positions, bookmarks)
 * is in the source's paragraphs, through `view.toSource`.
 */
export type ReaderModel =
	/**
	 * `at`: where to open instead of the saved place (a bookmark chosen from the list of all of them, a
	 * full-text hit); `find`: what to prime the search in the text with there.
	 */
	| {workIndex: number; status: 'loading'; top: Position; at?: Position; find?: string}
	| {workIndex: number; status: 'error'; message: string; top: Position}
	| {
			workIndex: number;
			status: 'ready';
			source: WorkBody;
			details: WorkDetails;
			view: BodyView;
			pager: Pager;
			top: Position;
			find: FindModel | null;
			/** The page after the last: what was read, and what next. */
			ended: boolean;
			/** The top was reached by reading (paging or moving by lines, or opening), not by a jump: paging on past the end finishes the work. */
			readHere: boolean;
	  };

export type ReadyReader = Extract<ReaderModel, {status: 'ready'}>;

export const textStart: Position = {paragraph: 0, char: 0};

/** A comfortable measure: some 66 to 72 characters a line. */
export const defaultReadingWidth = 72;
export const minReadingWidth = 20;

/** A work ready to read at `width`, on `place` (in the source's paragraphs), its notes shown or not. */
export function readyReader(workIndex: number, body: WorkBody, details: WorkDetails, width: number, showNotes: boolean, place: Position): ReadyReader {
	const source = withBlocks(body, details.toc);
	const view = bodyView(source, details.toc, showNotes);
	return {workIndex, status: 'ready', source, details, view, pager: createPager(view.body, width), top: view.toShown(place), find: null, ended: false, readHere: true};
}
