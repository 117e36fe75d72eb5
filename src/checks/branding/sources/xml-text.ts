import { blank } from '../text.js';

const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Blanks XML comments, so a commented-out title is not read, keeping offsets. */
export function blankXmlComments(text: string): string {
  return blank(text, COMMENT);
}

/** Decodes the five named XML entities and numeric character references; unknown entities stay as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(?:#x([0-9a-fA-F]+)|#([0-9]+)|(amp|lt|gt|quot|apos));/g, (whole, hex: string, dec: string, name: string) => {
    if (name) return NAMED[name];
    const code = hex ? parseInt(hex, 16) : parseInt(dec, 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/**
 * The text content of an element's inner XML: CDATA sections literally, child tags dropped (their text kept, as in
 * `<b>Name</b>` or `<xliff:g>`), entities decoded.
 */
export function xmlTextContent(inner: string): string {
  if (!inner.includes('<')) return decodeEntities(inner);
  let out = '';
  const parts = inner.split(/(<!\[CDATA\[[\s\S]*?\]\]>)/);
  for (const part of parts) {
    if (part.startsWith('<![CDATA[')) out += part.slice(9, -3);
    else out += decodeEntities(part.replace(/<[^>]*>/g, ''));
  }
  return out;
}

/** Reads `name="value"` attributes of one start tag (the text between `<tag` and `>`), with the value's offset. */
export function attributes(tag: string, tagOffset: number): Map<string, { value: string; offset: number }> {
  const out = new Map<string, { value: string; offset: number }>();
  const re = /(?<![\w:.-])([\w:.-]+)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/g;
  for (let m = re.exec(tag); m; m = re.exec(tag)) {
    const raw = m[2] ?? m[3];
    const valueAt = m.index + m[0].length - raw.length - 1;
    out.set(m[1], { value: decodeEntities(raw), offset: tagOffset + valueAt });
  }
  return out;
}
