import { decodeAndroidString } from './android-escapes.js';
import { blankXmlComments, decodeEntities, xmlElements, xmlTextContent } from './xml-text.js';

export interface StringResource {
  name: string;
  value: string;
  /** Offset of the string's text (or of the element, when it is empty). */
  offset: number;
  /** Where the resource is defined, when not in a values XML file (e.g. "Gradle resValue"). */
  source?: string;
}

const STRING_START = /<(string)\b([^<>]*?)\/?>/g;

const NAME = /\bname\s*=\s*(?:"([^"]*)"|'([^']*)')/;

/**
 * The `<string>` resources of an Android values file, decoded as aapt would; commented-out strings are not read.
 * Only those `keep` accepts by name are decoded, and every `@string/` reference, so references can be followed.
 */
export function readStringResources(text: string, keep: (name: string) => boolean = () => true): StringResource[] {
  const xml = text.includes('<!--') ? blankXmlComments(text) : text;
  const out: StringResource[] = [];
  for (const element of xmlElements(xml, STRING_START)) {
    const nameMatch = NAME.exec(element.attributes);
    const name = nameMatch && decodeEntities(nameMatch[1] ?? nameMatch[2]);
    if (!name) continue;
    const { inner } = element;
    if (!keep(name) && !/^\s*"?@/.test(inner)) continue;
    const lead = inner.length - inner.trimStart().length;
    out.push({ name, value: decodeAndroidString(xmlTextContent(inner)), offset: element.empty ? element.start : element.innerStart + lead });
  }
  return out;
}


/** `@string/name` (or `@pkg:string/name`) as the name it references; undefined for anything else. */
export function stringReference(value: string): string | undefined {
  const m = /^@(?:\+)?(?:([\w.]+):)?string\/([\w.]+)$/.exec(value.trim());
  if (!m || m[1] === 'android') return undefined;
  return m[2];
}
