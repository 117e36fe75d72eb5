import { blank } from '../text.js';

const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
// A tag, never spanning another `<` (a stray one is text): `[^>]*` would scan to the end from every `<`.
const TAG = /<[^<>]*>/g;
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
  // CDATA sections by indexOf: a split on a lazy pattern is quadratic on thousands of sections never closed.
  let from = 0;
  for (let open = inner.indexOf('<![CDATA['); open >= 0; open = inner.indexOf('<![CDATA[', from)) {
    const close = inner.indexOf(']]>', open + 9);
    if (close < 0) break;
    out += decodeEntities(inner.slice(from, open).replace(TAG, '')) + inner.slice(open + 9, close);
    from = close + 3;
  }
  return out + decodeEntities(inner.slice(from).replace(TAG, ''));
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

/** An element found by xmlElements: its name, start-tag attributes and inner XML, with offsets in the text. */
export interface XmlElement {
  name: string;
  attributes: string;
  inner: string;
  /** Offset of `<` of the start tag, and of the inner XML. */
  start: number;
  innerStart: number;
  /** Offset just after the closing tag. */
  end: number;
  /** Written `<name … />`, when `open` matches such tags. */
  empty?: boolean;
}

/**
 * The elements whose start tags `open` matches (group 1 the element's name, group 2 its attributes; use `[^<>]*`
 * for them), each up to its nearest closing tag, in document order and never nested. One pass: the search resumes
 * after each element found, and a name never closed from some point on is not searched for again, so hostile text
 * (thousands of start tags and no closing tag) costs linear time, where a lazy `[\s\S]*?</name>` is quadratic.
 */
export function* xmlElements(xml: string, open: RegExp): Generator<XmlElement> {
  const unclosed = new Set<string>();
  open.lastIndex = 0;
  for (let m = open.exec(xml); m; m = open.exec(xml)) {
    const name = m[1];
    if (m[0].endsWith('/>')) {
      yield { name, attributes: m[2] ?? '', inner: '', start: m.index, innerStart: open.lastIndex, end: open.lastIndex, empty: true };
      continue;
    }
    if (unclosed.has(name)) continue;
    const closing = closingTag(xml, name, open.lastIndex);
    if (!closing) {
      unclosed.add(name);
      continue;
    }
    yield { name, attributes: m[2] ?? '', inner: xml.slice(open.lastIndex, closing.start), start: m.index, innerStart: open.lastIndex, end: closing.end };
    open.lastIndex = closing.end;
  }
}

/** The nearest `</name>` (whitespace allowed before `>`) from `from`. */
function closingTag(xml: string, name: string, from: number): { start: number; end: number } | undefined {
  const needle = `</${name}`;
  for (let i = xml.indexOf(needle, from); i >= 0; i = xml.indexOf(needle, i + needle.length)) {
    let j = i + needle.length;
    while (j < xml.length && (xml[j] === ' ' || xml[j] === '\t' || xml[j] === '\n' || xml[j] === '\r')) j++;
    if (xml[j] === '>') return { start: i, end: j + 1 };
  }
  return undefined;
}
