/** The details sidebar: whether and where it is drawn, and how far it is scrolled. */
export type SidebarModel = {
	/** Where the sidebar has no column of its own (under 100 columns), it is drawn over a pane while this is on. */
	toggled: boolean;
	/** Where the sidebar has a column of its own, `i` hid it to give the reader the room. */
	hidden: boolean;
	/** First line on screen; back to 0 when another work is described. */
	top: number;
};

export const initialSidebar: SidebarModel = {toggled: false, hidden: false, top: 0};
