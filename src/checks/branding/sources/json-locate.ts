/** A JSON value with the offset where it starts, so a finding can point at the exact line and column. */
export type Located =
  | { type: 'object'; offset: number; entries: { key: string; value: Located }[] }
  | { type: 'array'; offset: number; items: Located[] }
  | { type: 'string'; offset: number; value: string }
  | { type: 'other'; offset: number };

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/**
 * Parses JSON keeping each value's offset. Comments and trailing commas are tolerated (tsconfig-style files use
 * them); anything else malformed throws a JsonSyntaxError with the offset.
 */
export function parseLocated(text: string): Located {
  let i = 0;
  const fail = (what: string): never => {
    throw new JsonSyntaxError(`${what} at offset ${i}`, i);
  };
  const space = () => {
    for (;;) {
      while (i < text.length && /\s/.test(text[i])) i++;
      if (text.startsWith('//', i)) {
        const end = text.indexOf('\n', i);
        i = end === -1 ? text.length : end;
      } else if (text.startsWith('/*', i)) {
        const end = text.indexOf('*/', i + 2);
        if (end === -1) fail('unterminated comment');
        i = end + 2;
      } else return;
    }
  };
  const string = (): string => {
    const start = i;
    const re = /"((?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*)"/y;
    re.lastIndex = i;
    const m = re.exec(text);
    if (!m) fail('bad string');
    i = start + m![0].length;
    return JSON.parse(m![0]) as string;
  };
  const value = (): Located => {
    space();
    const offset = i;
    const c = text[i];
    if (c === '{') {
      i++;
      const entries: { key: string; value: Located }[] = [];
      for (;;) {
        space();
        if (text[i] === '}') break;
        if (text[i] !== '"') fail('expected a key');
        const key = string();
        space();
        if (text[i++] !== ':') fail('expected ":"');
        entries.push({ key, value: value() });
        space();
        if (text[i] === ',') i++;
        else if (text[i] !== '}') fail('expected "," or "}"');
      }
      i++;
      return { type: 'object', offset, entries };
    }
    if (c === '[') {
      i++;
      const items: Located[] = [];
      for (;;) {
        space();
        if (text[i] === ']') break;
        items.push(value());
        space();
        if (text[i] === ',') i++;
        else if (text[i] !== ']') fail('expected "," or "]"');
      }
      i++;
      return { type: 'array', offset, items };
    }
    if (c === '"') return { type: 'string', offset, value: string() };
    const m = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
    m.lastIndex = i;
    const lit = m.exec(text);
    if (!lit) fail('unexpected character');
    i += lit![0].length;
    return { type: 'other', offset };
  };
  const root = value();
  space();
  if (i < text.length) fail('unexpected text after the JSON value');
  return root;
}

/** The value at `path` (object keys), the last one when a key repeats (as JSON.parse does). */
export function at(node: Located, path: readonly string[]): Located | undefined {
  let current: Located | undefined = node;
  for (const key of path) {
    if (current?.type !== 'object') return undefined;
    current = current.entries.findLast((e) => e.key === key)?.value;
  }
  return current;
}
