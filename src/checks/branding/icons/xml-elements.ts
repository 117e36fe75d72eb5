import { attributes, blankXmlComments } from '../sources/xml-text.js';

/** An element of a small XML file: its name, attributes and child elements (text is not kept). */
export interface XmlElement {
  name: string;
  attributes: Map<string, string>;
  children: XmlElement[];
}

const TAG = /<(\/?)([\w:.-]+)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;

/** The root element of an XML drawable, or why it could not be read (not well-formed, more elements than `max`). */
export function parseXmlElements(text: string, max: number): { root: XmlElement } | { reason: string } {
  const xml = blankXmlComments(text).replace(/<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>|<!\[CDATA\[[\s\S]*?\]\]>/g, '');
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let count = 0;
  for (const m of xml.matchAll(TAG)) {
    const [, closing, name, rest] = m;
    if (closing) {
      if (stack.pop()?.name !== name) return { reason: `is not well-formed XML (</${name}> closes no open <${name}>)` };
      continue;
    }
    if (++count > max) return { reason: `has more than ${max} elements` };
    if (root && stack.length === 0) return { reason: 'is not well-formed XML (more than one root element)' };
    const element: XmlElement = { name, attributes: new Map([...attributes(rest, 0)].map(([k, v]) => [k, v.value.trim()])), children: [] };
    stack.at(-1)?.children.push(element);
    root ??= element;
    if (!rest.endsWith('/')) stack.push(element);
  }
  if (!root) return { reason: 'has no XML element' };
  if (stack.length > 0) return { reason: `is not well-formed XML (<${stack.at(-1)!.name}> is not closed)` };
  return { root };
}
