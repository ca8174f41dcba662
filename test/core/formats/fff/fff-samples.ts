/** Small FanFicFare-style files, written for these tests (original text), in the shapes FORMAT.md §6 describes. */

/** An EPUB title page: `<b>Label:</b> value<br/>` lines. */
export const titlePageLines = `<?xml version="1.0" encoding="UTF-8"?>
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Paper Boats by reedwarbler</title></head><body>
<h3><a href="https://archiveofourown.org/works/5150">Paper Boats</a> by <a class="authorlink" href="https://archiveofourown.org/users/reed">reedwarbler</a></h3>
<div>
<b>Series:</b> <a>Harbour Days</a> [3]<br />
<b>Category:</b> Original Work, Folklore<br />
<b>Genre:</b> Fluff, F/M, Gen, Alpha/Beta/Omega Dynamics<br />
<b>Language:</b> English<br />
<b>Characters:</b> Mira, Old Tom<br />
<b>Relationships:</b> Mira/Tom<br />
<b>Status:</b> In-Progress<br />
<b>Published:</b> 2021-06-01<br />
<b>Updated:</b> 2021-07-01<br />
<b>Packaged:</b> 2021-07-02 10:00:00<br />
<b>Rating:</b> General Audiences<br />
<b>Warnings:</b> No Archive Warnings Apply<br />
<b>Chapters:</b> 3<br />
<b>Words:</b> 4,321<br />
<b>Publisher:</b> archiveofourown.org<br />
<b>Summary:</b> <p>Boats made of <i>paper</i>.</p><p><b>Note:</b> they float.</p><br />
</div>
</body></html>`;

/** The single HTML file: a title, a table of `<b>Label:</b>` rows, a TOC, chapters behind `<a name="sectionNNNN">`. */
export const fffHtml = `<!DOCTYPE html>
<html><head><meta charset="UTF-8"><title>Glass Orchard by Wren</title><style type="text/css">body { margin: 1em }</style></head>
<body>
<h1><a href="https://www.fanfiction.net/s/123/1/">Glass Orchard</a> by <a href="https://www.fanfiction.net/u/1">Wren</a></h1>
<table class="full">
<tr><td><b>Category:</b></td><td>Original Work</td></tr>
<tr><td><b>Genre:</b></td><td>Drama, M/M</td></tr>
<tr><td><b>Status:</b></td><td>Completed</td></tr>
<tr><td><b>Chapters:</b></td><td>2</td></tr>
<tr><td><b>Words:</b></td><td>900</td></tr>
<tr><td><b>Story URL:</b></td><td><a href="https://www.fanfiction.net/s/123/1/">https://www.fanfiction.net/s/123/1/</a></td></tr>
<tr><td><b>Summary:</b></td><td>Apples, but glass.</td></tr>
</table>
<a name="TOCTOP"><h2>Table of Contents</h2></a>
<p>
<a href="#section0001">One</a><br />
<a href="#section0002">Two</a><br />
</p>
<a name="section0001"><h2>One</h2></a>
<div class="fff_chapter_notes fff_head_notes"><b>Author's Note:</b><blockquote>Hello.</blockquote></div>
<p>The orchard rang when the wind came.</p>
<a name="section0002"><h2>Two</h2></a>
<p>Nothing broke.</p>
</body></html>`;

/** An EPUB chapter file, the notes inside a wrapper as FanFicFare's AO3 adapter writes them. */
export const chapterFile = `<?xml version="1.0" encoding="UTF-8"?>
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>1. Fold</title></head><body>
<h3 class="fff_chapter_title">1. Fold</h3>
<div>
<div class="fff_chapter_notes fff_head_notes"><b>Summary for the Chapter:</b><blockquote><p>Folding.</p></blockquote></div>
<div class="userstuff module"><p>She folded the page twice.</p></div>
<div class="fff_chapter_notes fff_foot_notes"><b>Notes for the Chapter:</b><blockquote><p>Bye.</p></blockquote></div>
</div>
</body></html>`;
