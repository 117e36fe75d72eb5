import { appstreamOwnXml } from '../../branding/sources/appstream.js';
import { xmlElements, xmlTextContent } from '../../branding/sources/xml-text.js';

// The app's own `<name>`, `<summary>` and `<description>` in the file's default language (no xml:lang).
const FIELD = /<(name|summary|description)\b([^<>]*)>/g;
// A translated paragraph or item inside the description (`<p xml:lang="de">`): read in another language.
const TRANSLATED = /<(p|li)\b([^<>]*\bxml:lang\s*=[^<>]*)>/g;
const TAG = /<\/?[a-zA-Z][^<>]*>/g;

/**
 * The default-language text of an AppStream file (`*.metainfo.xml`, `*.appdata.xml`): what software centres and
 * Flathub show. Undefined when it has no description (it is then no listing).
 */
export function appstreamListing(text: string): string | undefined {
  const xml = appstreamOwnXml(text);
  const parts: string[] = [];
  let described = false;
  for (const field of xmlElements(xml, FIELD)) {
    if (/\bxml:lang\s*=/.test(field.attributes)) continue;
    if (field.name === 'description') described = true;
    // Each paragraph and item ends a sentence: `</p><p>` must not glue two words into one.
    parts.push(xmlTextContent(withoutTranslations(field.inner).replace(TAG, ' ')));
  }
  return described ? parts.join('\n\n') : undefined;
}

function withoutTranslations(xml: string): string {
  let out = '';
  let from = 0;
  for (const translated of xmlElements(xml, TRANSLATED)) {
    out += `${xml.slice(from, translated.start)} `;
    from = translated.end;
  }
  return out + xml.slice(from);
}
