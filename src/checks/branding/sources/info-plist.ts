import { TitleFileError, type Title } from '../types.js';
import { blankXmlComments, xmlTextContent } from './xml-text.js';

const TITLE_KEYS = /<key>\s*(CFBundleDisplayName|CFBundleName)\s*<\/key>\s*<string>([\s\S]*?)<\/string\s*>/g;

/** `CFBundleDisplayName` and `CFBundleName` of an XML property list (binary plists are skipped by the caller). */
export function infoPlistTitles(text: string): Title[] {
  if (!/<plist\b/.test(text)) throw new TitleFileError('not an XML property list (old-style or JSON plists are not read)');
  const xml = blankXmlComments(text);
  const out: Title[] = [];
  TITLE_KEYS.lastIndex = 0;
  for (let m = TITLE_KEYS.exec(xml); m; m = TITLE_KEYS.exec(xml)) {
    const inner = m[2];
    const innerAt = m.index + m[0].lastIndexOf('</string') - inner.length;
    const lead = inner.length - inner.trimStart().length;
    out.push({ source: 'Info.plist', key: m[1], value: xmlTextContent(inner).trim(), offset: innerAt + lead });
  }
  return out;
}
