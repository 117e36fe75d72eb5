import { attributes, blankXmlComments } from '../sources/xml-text.js';

/** An element of a small XML file: its name, attributes and child elements (text is not kept). */
export interface XmlNode {
  name: string;
  attributes: Map<string, string>;
  children: XmlNode[];
}

// A tag never spans another `<`, so a run of unclosed ones costs linear time.
const TAG = /<(\/?)([\w:.-]+)((?:[^<>"']|"[^"<]*"|'[^'<]*')*)>/g;

/** The root element of an XML drawable, or why it could not be read (not well-formed, more elements than `max`). */
export function parseXmlElements(text: string, max: number): { root: XmlNode } | { reason: string } {
  const xml = withoutDeclarations(blankXmlComments(text));
  const stack: XmlNode[] = [];
  let root: XmlNode | undefined;
  let count = 0;
  for (const m of xml.matchAll(TAG)) {
    const [, closing, name, rest] = m;
    if (closing) {
      if (stack.pop()?.name !== name) return { reason: `is not well-formed XML (</${name}> closes no open <${name}>)` };
      continue;
    }
    if (++count > max) return { reason: `has more than ${max} elements` };
    if (root && stack.length === 0) return { reason: 'is not well-formed XML (more than one root element)' };
    const element: XmlNode = { name, attributes: new Map([...attributes(rest, 0)].map(([k, v]) => [k, v.value.trim()])), children: [] };
    stack.at(-1)?.children.push(element);
    root ??= element;
    if (!rest.endsWith('/')) stack.push(element);
  }
  if (!root) return { reason: 'has no XML element' };
  if (stack.length > 0) return { reason: `is not well-formed XML (<${stack.at(-1)!.name}> is not closed)` };
  return { root };
}

const SKIPPED: readonly (readonly [string, string])[] = [
  ['<?', '?>'],
  ['<!DOCTYPE', '>'],
  ['<![CDATA[', ']]>'],
];

/**
 * The XML without `<?…?>` declarations, `<!DOCTYPE …>` and CDATA sections, found by indexOf: a lazy pattern scans
 * to the end from each of thousands never closed (quadratic). A kind never closed from some point on is left as
 * written from there, as the pattern did.
 */
function withoutDeclarations(xml: string): string {
  let out = '';
  let from = 0;
  const unclosed = new Set<string>();
  for (let i = xml.indexOf('<'); i >= 0; i = xml.indexOf('<', i + 1)) {
    const kind = SKIPPED.find(([open]) => !unclosed.has(open) && xml.startsWith(open, i));
    if (!kind) continue;
    const end = xml.indexOf(kind[1], i + kind[0].length);
    if (end < 0) {
      unclosed.add(kind[0]);
      continue;
    }
    out += xml.slice(from, i);
    from = end + kind[1].length;
    i = from - 1;
  }
  return out + xml.slice(from);
}
