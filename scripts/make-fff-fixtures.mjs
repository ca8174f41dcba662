#!/usr/bin/env node
/**
 * Writes the format fixtures that need no calibre, deterministically (the
 * same bytes every run; plain JS, no dependencies):
 *
 * - fixtures/formats/fff/      FanFicFare EPUBs (title page as lines, as a table) and HTML
 * - fixtures/formats/generic/  an EPUB 3 with a nav document, an EPUB 2 with an NCX only
 * - fixtures/formats/hostile/  broken and hostile EPUBs and HTML
 * - fixtures/downloads/        a mixed download folder, from the above and the
 *                              calibre outputs in fixtures/formats/ao3/ (run
 *                              scripts/make-format-fixtures.sh first when those change)
 *
 *   node scripts/make-fff-fixtures.mjs
 */
import {copyFileSync, mkdirSync, rmSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {ao3Text} from './fixtures/ao3-text.mjs';
import {cartographersThreeWinters} from './fixtures/ao3-works-early.mjs';
import {fieldGuideToQuietRooms, tollKeepersLantern} from './fixtures/ao3-works-late.mjs';
import {fffFileName, storyOf} from './fixtures/fff-story.mjs';
import {fffEpub, fffHtml} from './fixtures/fff-writers.mjs';
import {genericEpub2, genericEpub3} from './fixtures/generic-epubs.mjs';
import {billionLaughsHtml, escapeSequencesHtml, escapeWork} from './fixtures/hostile-html.mjs';
import {corruptCentralDirectory, drmEncryptionXml, encryptedEntry, entityExpansion, notAZip, truncated, zipBomb} from './fixtures/hostile-zips.mjs';
import {zip} from './fixtures/zip-writer.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const formats = join(root, 'fixtures/formats');

function write(folder, name, data) {
	mkdirSync(folder, {recursive: true});
	writeFileSync(join(folder, name), data);
	return join(folder, name);
}

// FanFicFare
const fff = join(formats, 'fff');
const quietRooms = storyOf(fieldGuideToQuietRooms);
const cartographer = storyOf(cartographersThreeWinters);
const tollKeeper = storyOf(tollKeepersLantern);
const quietRoomsEpub = fffEpub(quietRooms);
write(fff, fffFileName(quietRooms, '.epub'), quietRoomsEpub);
write(fff, fffFileName(cartographer, '.epub'), fffEpub(cartographer, {useTable: true}));
write(fff, fffFileName(tollKeeper, '.html'), fffHtml(tollKeeper));

// Neither AO3 nor FanFicFare
const generic = join(formats, 'generic');
const epub3 = genericEpub3();
write(generic, 'epub3-nav.epub', epub3);
write(generic, 'epub2-ncx-only.epub', genericEpub2());

// Hostile and broken
const hostile = join(formats, 'hostile');
write(hostile, 'zip-bomb.epub', zipBomb());
write(hostile, 'truncated.epub', truncated(quietRoomsEpub));
write(hostile, 'corrupt-central-directory.epub', corruptCentralDirectory(epub3));
write(hostile, 'encrypted-entry.epub', encryptedEntry());
write(hostile, 'drm-encryption-xml.epub', drmEncryptionXml());
write(hostile, 'entity-expansion.epub', entityExpansion());
write(hostile, 'not-a-zip.epub', notAZip);
write(hostile, 'billion-laughs.html', billionLaughsHtml());
write(hostile, 'escape-sequences.html', escapeSequencesHtml());
write(hostile, 'escape-sequences-fff.epub', fffEpub(storyOf(escapeWork)));

// A download folder as a reader's might look: AO3 names, duplicates across formats, things to skip.
const downloads = join(root, 'fixtures/downloads');
rmSync(downloads, {recursive: true, force: true});
const ao3 = join(formats, 'ao3');
const copies = [
	['ao3-2018-oneshot.epub', 'Salt_on_the_Windowsill.epub'],
	['ao3-2022-chaptered.epub', 'The_Cartographers_Three.epub'],
	['ao3-2022-chaptered.html', 'The_Cartographers_Three.html'],
	['ao3-2024-wip.azw3', 'A_Field_Guide_to_Quiet.azw3'],
	['ao3-2025-complete.mobi', 'The_Toll-Keepers_Lantern.mobi'],
	['ao3-2025-complete.pdf', 'The_Toll-Keepers_Lantern.pdf'],
	['ao3-2025-long-chapter.epub', 'The_Long_Ledger_of.epub'],
];
mkdirSync(downloads, {recursive: true});
for (const [from, to] of copies) copyFileSync(join(ao3, from), join(downloads, to));
write(downloads, 'The_Cartographers_Three.txt', ao3Text(cartographersThreeWinters));
write(downloads, fffFileName(quietRooms, '.epub'), quietRoomsEpub);
write(join(downloads, 'misc'), 'epub3-nav.epub', epub3);
write(join(downloads, 'misc'), 'half-downloaded.epub', truncated(fffEpub(tollKeeper)));
write(
	join(downloads, 'misc'),
	'notes.docx',
	zip([
		{name: '[Content_Types].xml', data: '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>'},
		{name: 'word/document.xml', data: '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Reading list for the holidays.</w:t></w:r></w:p></w:body></w:document>'},
	]),
);
console.log('fixtures written');
