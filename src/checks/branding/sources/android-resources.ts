import { decodeAndroidString } from './android-escapes.js';
import { blankXmlComments, decodeEntities, xmlTextContent } from './xml-text.js';

export interface StringResource {
  name: string;
  value: string;
  /** Offset of the string's text (or of the element, when it is empty). */
  offset: number;
  /** Where the resource is defined, when not in a values XML file (e.g. "Gradle resValue"). */
  source?: string;
}

const STRING_ELEMENT = /<string\b([^>]*?)(\/>|>([\s\S]*?)<\/string\s*>)/g;

const NAME = /\bname\s*=\s*(?:"([^"]*)"|'([^']*)')/;

/**
 * The `<string>` resources of an Android values file, decoded as aapt would; commented-out strings are not read.
 * Only those `keep` accepts by name are decoded, and every `@string/` reference, so references can be followed.
 */
export function readStringResources(text: string, keep: (name: string) => boolean = () => true): StringResource[] {
  const xml = text.includes('<!--') ? blankXmlComments(text) : text;
  const out: StringResource[] = [];
  STRING_ELEMENT.lastIndex = 0;
  for (let m = STRING_ELEMENT.exec(xml); m; m = STRING_ELEMENT.exec(xml)) {
    const nameMatch = NAME.exec(m[1]);
    const name = nameMatch && decodeEntities(nameMatch[1] ?? nameMatch[2]);
    if (!name) continue;
    const inner = m[3] ?? '';
    if (!keep(name) && !/^\s*"?@/.test(inner)) continue;
    const innerAt = m.index + '<string'.length + m[1].length + 1;
    const lead = inner.length - inner.trimStart().length;
    out.push({ name, value: decodeAndroidString(xmlTextContent(inner)), offset: m[3] === undefined ? m.index : innerAt + lead });
  }
  return out;
}


/** `@string/name` (or `@pkg:string/name`) as the name it references; undefined for anything else. */
export function stringReference(value: string): string | undefined {
  const m = /^@(?:\+)?(?:([\w.]+):)?string\/([\w.]+)$/.exec(value.trim());
  if (!m || m[1] === 'android') return undefined;
  return m[2];
}
