/** A key (by name) or a paste (its text) waiting for a search's result. */
export type TypedAhead = {key: string} | {paste: string};
