/** Small AO3-style downloads, written for these tests (original text), in the shapes FORMAT.md §4 describes. */

/** A chaptered work as AO3 writes it since late 2023: plural labels, display names, https links. */
export const chaptered = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html><head><meta charset="UTF-8"/><title>The Lamp Keeper - quietfern - Original Work</title>
<style type="text/css">body { font-family: serif }</style></head>
<body>
<div id="preface">
  <h2 class="toc-heading">Preface</h2>
  <p class="message">
    <b>The Lamp Keeper</b><br/>
    Posted originally on the <a href="https://archiveofourown.org/">Archive of Our Own</a> at <a href="https://archiveofourown.org/works/4242">https://archiveofourown.org/works/4242</a>.
  </p>
  <div class="meta">
    <dl class="tags">
      <dt>Rating:</dt><dd><a href="https://archiveofourown.org/tags/x">Teen And Up Audiences</a></dd>
      <dt>Archive Warnings:</dt><dd><a>Creator Chose Not To Use Archive Warnings</a>, <a>Major Character Death</a></dd>
      <dt>Categories:</dt><dd><a>F/F</a>, <a>Gen</a></dd>
      <dt>Fandom:</dt><dd><a>Original Work</a></dd>
      <dt>Relationship:</dt><dd><a>Keeper/Sea</a></dd>
      <dt>Characters:</dt><dd><a>The Keeper</a>, <a>The Gull</a></dd>
      <dt>Additional Tags:</dt><dd><a>Alpha/Beta/Omega Dynamics</a>, <a>Slow Burn</a></dd>
      <dt>Language:</dt><dd>English</dd>
      <dt>Series:</dt><dd>Part 2 of
<a href="https://archiveofourown.org/series/7">Lights Along the Coast</a></dd>
      <dt>Collections:</dt><dd><a>Coastal Fic Exchange 2024</a></dd>
      <dt>Stats:</dt>
      <dd>
        Published: 2024-01-02
          Completed: 2024-02-03
        Words: 1,234
        Chapters: 2/2
      </dd>
    </dl>
    <h1>The Lamp Keeper</h1>
    <div class="byline">by <a rel="author" href="https://archiveofourown.org/users/fern/pseuds/quietfern">quietfern (fern)</a>, <a rel="author" href="#">Tide</a></div>
    <p>Summary</p>
    <blockquote class="userstuff"><p>A keeper, a lamp, <em>a storm</em>.</p><p>Second line.</p></blockquote>
    <p>Notes</p>
    <blockquote class="userstuff"><p>Thanks to my beta.</p></blockquote>
    <div class="endnote-link">See the end of the work for <a href="#endnotes">more notes</a></div>
  </div>
</div>
<div id="chapters" class="userstuff">
  <div class="meta group">
    <h2 class="heading">Chapter 1: Dusk</h2>
    <p>Chapter Summary</p>
    <blockquote class="userstuff"><p>The light goes on.</p></blockquote>
    <p>Chapter Notes</p>
    <blockquote class="userstuff"><p>Short one.</p></blockquote>
    <div class="endnote-link">See the end of the chapter for <a href="#endnotes1">more notes</a></div>
  </div>
  <!--chapter content-->
  <div class="userstuff">
    <p>The keeper climbed <i>all</i> the stairs.</p>
    <hr>
    <p>Night came.<br>It was long.</p>
  </div>
  <!--/chapter content-->
  <div class="meta" id="endnotes1"><p>Chapter End Notes</p><blockquote class="userstuff"><p>More soon.</p></blockquote></div>
  <div class="meta group">
    <h2 class="heading">Chapter 2</h2>
    <p class="byline">Chapter by <a>Tide</a></p>
  </div>
  <div class="userstuff"><p>Dawn, and the lamp went out.</p><p>* * *</p><p>The end.</p></div>
</div>
<div id="afterword">
  <h2 class="toc-heading">Afterword</h2>
  <div class="meta">
    <div id="endnotes"><p>End Notes</p><blockquote class="userstuff"><p>Thank you for reading.</p></blockquote></div>
    <dl><dt>Works inspired by this one:</dt><dd><a>A Later Lamp</a> by <a>someone</a></dd></dl>
  </div>
  <p class="message">Please <a href="https://archiveofourown.org/works/4242/comments/new">drop by the Archive and comment</a> to let the creator know if you enjoyed their work!</p>
</div>
</body></html>`;

/** A one-shot as AO3 wrote it before 2023: singular labels, raw tag names, http links, a toc-heading with the title. */
export const oldOneShot = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"/><title>Small Hours - nightjar - Original Work</title></head>
<body>
<div id="preface">
  <p class="message"><b>Small Hours</b><br/>Posted originally on the <a href="http://archiveofourown.org/">Archive of Our Own</a> at <a href="http://archiveofourown.org/works/77">http://archiveofourown.org/works/77</a>.</p>
  <div class="meta">
    <dl class="tags">
      <dt>Rating:</dt><dd><a>General Audiences</a></dd>
      <dt>Archive Warning:</dt><dd><a>Choose Not To Use Archive Warnings</a></dd>
      <dt>Fandom:</dt><dd><a>Original Work</a></dd>
      <dt>Stats:</dt><dd>Published: 2016-05-06 Words: 12 Chapters: 1/1</dd>
      <dt>Mood:</dt><dd>Quiet</dd>
    </dl>
    <h1>Small Hours</h1>
    <div class="byline">by <a rel="author">nightjar</a></div>
  </div>
</div>
<div id="chapters" class="userstuff">
  <h2 class="toc-heading">Small Hours</h2>
  <div class="userstuff"><p>It was three in the morning and the kettle sang.</p></div>
</div>
<div id="afterword"><p class="message">Please drop by the Archive and comment!</p></div>
</body></html>`;

/** calibre's EPUB preface, split in two before the h1, its classes renamed. */
export const calibrePrefaceParts = [
	`<html xmlns="http://www.w3.org/1999/xhtml"><body class="calibre"><div id="preface" class="calibre1">
<p class="calibre2"><b class="calibre3">Renamed</b><br class="calibre4"/>Posted originally on the <a href="https://archiveofourown.org/">Archive of Our Own</a> at <a href="https://archiveofourown.org/works/99">https://archiveofourown.org/works/99</a>.</p>
<div class="calibre5"><dl class="calibre6"><dt class="calibre7">Relationships:</dt><dd class="calibre8"><a>A &amp; B</a>, <a>C/D</a></dd>
<dt class="calibre7">Stats:</dt><dd class="calibre8">Published: 2025-03-04 Updated: 2025-04-05 Words: 5,000 Chapters: 2/?</dd></dl></div></div></body></html>`,
	`<html xmlns="http://www.w3.org/1999/xhtml"><body class="calibre"><div id="preface" class="calibre1"><div class="calibre5">
<h1 class="calibre9">Renamed</h1><div class="calibre10">by <a href="https://archiveofourown.org/users/x">Pen (x)</a></div>
<p class="calibre2">Summary</p><blockquote class="calibre11"><p class="calibre2">Who renamed the classes?</p></blockquote></div></div></body></html>`,
];
