import type { Title } from '../types.js';
import { blankXmlComments, xmlElements, xmlTextContent } from './xml-text.js';

// Names that are not the app's: the developer's (<developer><name>), and those of other components a file may nest.
const NOT_THE_APP = /<(developer|releases|provides|requires|recommends|supports|screenshots)\b([^<>]*)>/g;
const NAME = /<(_?name)\b([^<>]*)>/g;

/** An AppStream file with comments and every part that is not about the app itself blanked, offsets kept. */
export function appstreamOwnXml(text: string): string {
  const xml = blankXmlComments(text);
  let out = '';
  let from = 0;
  for (const part of xmlElements(xml, NOT_THE_APP)) {
    out += xml.slice(from, part.start) + xml.slice(part.start, part.end).replace(/[^\r\n]/g, ' ');
    from = part.end;
  }
  return out + xml.slice(from);
}

/** `<name>` and `<name xml:lang="xx">` of an AppStream file (`*.metainfo.xml`, `*.appdata.xml`): the title in software centres. */
export function appstreamTitles(text: string): Title[] {
  const xml = appstreamOwnXml(text);
  const out: Title[] = [];
  for (const name of xmlElements(xml, NAME)) {
    const lang = /xml:lang\s*=\s*["']([^"']+)["']/.exec(name.attributes)?.[1];
    const lead = name.inner.length - name.inner.trimStart().length;
    out.push({ source: 'AppStream metadata', key: lang ? `name[${lang}]` : 'name', value: xmlTextContent(name.inner).trim(), offset: name.innerStart + lead });
  }
  return out;
}
