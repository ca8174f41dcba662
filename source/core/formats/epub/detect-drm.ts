/**
 * DRM-protected EPUBs (Adobe ADEPT, Apple FairPlay, Readium LCP) encrypt
 * their chapter files; inflating them gives noise. Their markers are in
 * `META-INF`. `encryption.xml` alone is not DRM: the IDPF and Adobe font
 * obfuscations use it too, for fonts only.
 */
import {parseMarkup} from '../markup/parse-markup.js';
import {findAll} from '../markup/query-markup.js';
import {attribute, named} from './xml-helpers.js';

export const DRM_REASON = 'DRM-protected EPUB: ficread cannot read it; download it again without DRM';
export const ENCRYPTION_PATH = 'META-INF/encryption.xml';

const FONT_OBFUSCATION = new Set(['http://www.idpf.org/2008/embedding', 'http://ns.adobe.com/pdf/enc#RC']);
const DRM_MARKERS = ['META-INF/rights.xml', 'META-INF/sinf.xml', 'META-INF/license.lcpl'];

/** Whether the names alone show DRM. */
export function hasDrmMarker(names: ReadonlySet<string> | ReadonlyMap<string, unknown>): boolean {
	return DRM_MARKERS.some(name => names.has(name));
}

/** Whether `encryption.xml` encrypts anything with more than a font obfuscation. */
export function encryptsContent(encryptionXml: string): boolean {
	const methods = findAll(parseMarkup(encryptionXml, {xml: true}), named('encryptionmethod'));
	return methods.some(method => !FONT_OBFUSCATION.has(attribute(method, 'algorithm') ?? ''));
}
