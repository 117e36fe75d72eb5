import { blank } from '../text.js';
import type { Title } from '../types.js';
import { blankXmlComments, xmlTextContent } from './xml-text.js';

// Names that are not the app's: the developer's (<developer><name>), and those of other components a file may nest.
const NOT_THE_APP = /<(developer|releases|provides|requires|recommends|supports|screenshots)\b[\s\S]*?<\/\1\s*>/g;
const NAME = /<(_?name)\b([^>]*)>([\s\S]*?)<\/_?name\s*>/g;

/** An AppStream file with comments and every part that is not about the app itself blanked, offsets kept. */
export function appstreamOwnXml(text: string): string {
  return blank(blankXmlComments(text), NOT_THE_APP);
}

/** `<name>` and `<name xml:lang="xx">` of an AppStream file (`*.metainfo.xml`, `*.appdata.xml`): the title in software centres. */
export function appstreamTitles(text: string): Title[] {
  const xml = appstreamOwnXml(text);
  const out: Title[] = [];
  NAME.lastIndex = 0;
  for (let m = NAME.exec(xml); m; m = NAME.exec(xml)) {
    const lang = /xml:lang\s*=\s*["']([^"']+)["']/.exec(m[2])?.[1];
    const inner = m[3];
    const innerAt = m.index + m[0].lastIndexOf('</') - inner.length;
    const lead = inner.length - inner.trimStart().length;
    out.push({ source: 'AppStream metadata', key: lang ? `name[${lang}]` : 'name', value: xmlTextContent(inner).trim(), offset: innerAt + lead });
  }
  return out;
}
