/** A screen over the panes: the help, scrolled by lines, or a list to pick from, with its highlighted item. */
export type OverlayModel = {kind: 'help'; top: number} | {kind: PickListKind; item: number};

/** The lists drawn over the panes: skipped files, bookmarks, chapters. */
export type PickListKind = 'skipped' | 'bookmarks' | 'toc';

export type OverlayKind = OverlayModel['kind'];
