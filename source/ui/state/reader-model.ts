import type {Pager} from '../../core/pager/pager.js';
import type {Position} from '../../core/pager/position.js';
import type {WorkBody, WorkDetails} from '../../core/work.js';
import type {FindModel} from './find-model.js';

/** The open work: its body once loaded, the pager over it and the first character on screen. */
export type ReaderModel =
	| {workIndex: number; status: 'loading'; top: Position}
	| {workIndex: number; status: 'error'; message: string; top: Position}
	| {workIndex: number; status: 'ready'; body: WorkBody; details: WorkDetails; pager: Pager; top: Position; find: FindModel | null};

export type ReadyReader = Extract<ReaderModel, {status: 'ready'}>;

export const textStart: Position = {paragraph: 0, char: 0};

export const defaultReadingWidth = 80;
export const minReadingWidth = 20;
