import { TitleFileError, type Title } from '../types.js';
import { isInfoPlistName } from '../select.js';
import { blankXmlComments, xmlTextContent } from './xml-text.js';

const TITLE_KEYS = /<key>\s*(CFBundleDisplayName|CFBundleName)\s*<\/key>\s*<string>([\s\S]*?)<\/string\s*>/g;

/**
 * `CFBundleDisplayName` and `CFBundleName` of an XML property list (binary plists are skipped by the caller). A
 * plist in another format is refused when it is named as an Info.plist, and holds no titles otherwise.
 */
export function infoPlistTitles(text: string, path: string): Title[] {
  if (!/<plist\b/.test(text)) {
    if (isInfoPlistName(path)) throw new TitleFileError('not an XML property list (old-style or JSON plists are not read)');
    return [];
  }
  const source = isInfoPlistName(path) ? 'Info.plist' : 'property list';
  const xml = blankXmlComments(text);
  const out: Title[] = [];
  TITLE_KEYS.lastIndex = 0;
  for (let m = TITLE_KEYS.exec(xml); m; m = TITLE_KEYS.exec(xml)) {
    const inner = m[2];
    const innerAt = m.index + m[0].lastIndexOf('</string') - inner.length;
    const lead = inner.length - inner.trimStart().length;
    out.push({ source, key: m[1], value: xmlTextContent(inner).trim(), offset: innerAt + lead });
  }
  return out;
}
