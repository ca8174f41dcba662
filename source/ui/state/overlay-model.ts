import type {TagBrowserModel} from './tag-browser-model.js';

/** A screen over the panes: the help or the query syntax, scrolled by lines, a list to pick from, with its highlighted item, or the tag browser. */
export type OverlayModel = {kind: HelpKind; top: number} | {kind: PickListKind; item: number} | {kind: 'tags'; browser: TagBrowserModel};

/** The screens of text: the keys (`?`), and the search box's query syntax. */
export type HelpKind = 'help' | 'query-help';

/** The lists drawn over the panes: skipped files, the open work's bookmarks, every work's bookmarks, chapters. */
export type PickListKind = 'skipped' | 'bookmarks' | 'all-bookmarks' | 'toc';

export type OverlayKind = OverlayModel['kind'];
