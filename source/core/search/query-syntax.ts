/**
 * The search box's query language as people read it: one row per form, the
 * search box's help drawn from it. A test checks that every field name the
 * parser (parse-query.ts) knows appears here, so the help cannot fall behind.
 */
export type SyntaxRow = {example: string; meaning: string};

export const querySyntax: readonly SyntaxRow[] = [
	{example: 'word', meaning: 'Fuzzy match in any text field (typos allowed)'},
	{example: '"two words"', meaning: 'Exact phrase'},
	{example: "'word", meaning: 'These letters as typed, no typos (part of a word too)'},
	{example: '^word', meaning: 'Start of a field value'},
	{example: '!term  -term', meaning: 'Leave out the works `term` matches'},
	{example: 'title:  summary:', meaning: 'Only in the title, or the summary'},
	{example: 'author: authors: by:', meaning: 'Only in the authors'},
	{example: 'fandom: fandoms:', meaning: 'Only in the fandoms'},
	{example: 'rel: ship: relationship: relationships:', meaning: 'Only in the relationships'},
	{example: 'char: character: characters:', meaning: 'Only in the characters'},
	{example: 'tag: tags:', meaning: 'Only in the additional tags'},
	{example: 'warning: warnings:', meaning: 'Only in the Archive Warnings'},
	{example: 'rating:e  rating:teen', meaning: 'Rating, by initials or the start of its name'},
	{example: 'status:complete  status:wip', meaning: 'Complete, or a work in progress'},
	{example: 'lang:en  language:', meaning: 'Language'},
	{example: 'id:123456', meaning: 'AO3 Work ID'},
	{example: 'words:>10000  words:1k..5k', meaning: 'Word count: >, >=, <, <=, N, N..M'},
	{example: 'chapters:<3', meaning: 'Chapter count, as for words'},
	{example: 'is:reading is:read is:unread', meaning: 'Your mark on the work'},
	{example: 'is:later is:bookmarked is:new', meaning: 'For later, bookmarked, new chapters since last read'},
];
