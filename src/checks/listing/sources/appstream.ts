import { appstreamOwnXml } from '../../branding/sources/appstream.js';
import { xmlTextContent } from '../../branding/sources/xml-text.js';

// The app's own `<name>`, `<summary>` and `<description>` in the file's default language (no xml:lang).
const DEFAULT_LANGUAGE_FIELD = /<(name|summary|description)\b([^>]*)>([\s\S]*?)<\/\1\s*>/g;
// A translated paragraph or item inside the description (`<p xml:lang="de">`): read in another language.
const TRANSLATED = /<(p|li)\b[^>]*\bxml:lang\s*=[^>]*>[\s\S]*?<\/\1\s*>/g;
const TAG = /<\/?[a-zA-Z][^<>]*>/g;

/**
 * The default-language text of an AppStream file (`*.metainfo.xml`, `*.appdata.xml`): what software centres and
 * Flathub show. Undefined when it has no description (it is then no listing).
 */
export function appstreamListing(text: string): string | undefined {
  const xml = appstreamOwnXml(text);
  const parts: string[] = [];
  let described = false;
  DEFAULT_LANGUAGE_FIELD.lastIndex = 0;
  for (let m = DEFAULT_LANGUAGE_FIELD.exec(xml); m; m = DEFAULT_LANGUAGE_FIELD.exec(xml)) {
    if (/\bxml:lang\s*=/.test(m[2])) continue;
    if (m[1] === 'description') described = true;
    // Each paragraph and item ends a sentence: `</p><p>` must not glue two words into one.
    parts.push(xmlTextContent(m[3].replace(TRANSLATED, ' ').replace(TAG, ' ')));
  }
  return described ? parts.join('\n\n') : undefined;
}
