import type {TagBrowserModel} from './tag-browser-model.js';

/** A screen over the panes: the help, scrolled by lines, a list to pick from, with its highlighted item, or the tag browser. */
export type OverlayModel = {kind: 'help'; top: number} | {kind: PickListKind; item: number} | {kind: 'tags'; browser: TagBrowserModel};

/** The lists drawn over the panes: skipped files, bookmarks, chapters. */
export type PickListKind = 'skipped' | 'bookmarks' | 'toc';

export type OverlayKind = OverlayModel['kind'];
