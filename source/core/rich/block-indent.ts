import type {BlockStyle} from '../work.js';

/**
 * Columns a block is set in from the text column's left edge: quotes and list
 * items are indented, so they wrap that much narrower. The pager wraps with
 * it and the reader pads with it, so both agree on every row.
 */
export function blockIndent(block: BlockStyle | undefined): number {
	return block?.kind === 'quote' || block?.kind === 'list-item' ? 2 : 0;
}
