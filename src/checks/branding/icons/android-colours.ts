import { blankXmlComments } from '../sources/xml-text.js';
import type { ResourceIndex } from './android-resources.js';
import type { TextReader } from './types.js';

/** 8-bit red, green, blue and alpha. */
export type Rgba = [number, number, number, number];

const FRAMEWORK: Record<string, Rgba> = { white: [255, 255, 255, 255], black: [0, 0, 0, 255], transparent: [0, 0, 0, 0] };
// A colour resource may name another: a chain longer than this is a loop or not worth following.
const MAX_REFERENCES = 8;

/** `#RGB`, `#ARGB`, `#RRGGBB` or `#AARRGGBB`, as Android reads them; undefined for anything else. */
export function colourLiteral(value: string): Rgba | undefined {
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(value.trim())?.[1];
  if (!hex) return undefined;
  const full = hex.length <= 4 ? [...hex].map((c) => c + c).join('') : hex;
  const argb = full.length === 6 ? `ff${full}` : full;
  const byte = (i: number) => parseInt(argb.slice(i, i + 2), 16);
  return [byte(2), byte(4), byte(6), byte(0)];
}

export type ColourResolution = { colour: Rgba } | { reason: string };

/** The `@color/` resources defined in a resource root's default `values/*.xml` files, by name. */
export type ColourTable = (root: string) => ReadonlyMap<string, string>;

/** Reads each root's colour definitions once, when an icon first needs them. */
export function colourTable(index: ResourceIndex, readText: TextReader): ColourTable {
  const tables = new Map<string, Map<string, string>>();
  return (root) => {
    let table = tables.get(root);
    if (table) return table;
    table = new Map();
    for (const file of index.values.get(root) ?? []) {
      const text = readText(file);
      if (text === undefined) continue;
      for (const m of blankXmlComments(text).matchAll(/<color\b[^<>]*?\bname\s*=\s*["']([\w.]+)["'][^<>]*>([^<]*)<\/color>/g)) {
        if (!table.has(m[1])) table.set(m[1], m[2].trim());
      }
    }
    tables.set(root, table);
    return table;
  };
}

/**
 * A colour value as an adaptive icon layer writes it: a literal, `@android:color/white|black|transparent`, or
 * `@color/name` defined in the default `values/` folder of the resource roots a reference resolves in (the first that
 * defines it), following references.
 */
export function resolveColour(value: string, roots: readonly string[], colours: ColourTable): ColourResolution {
  let current = value.trim();
  for (let step = 0; step <= MAX_REFERENCES; step++) {
    const literal = colourLiteral(current);
    if (literal) return { colour: literal };
    const framework = /^@android:color\/(\w+)$/.exec(current)?.[1];
    if (framework !== undefined) {
      return framework in FRAMEWORK ? { colour: FRAMEWORK[framework] } : { reason: `is the system colour @android:color/${framework}, whose value is not known here` };
    }
    const name = /^@color\/([\w.]+)$/.exec(current)?.[1];
    if (name === undefined) return { reason: `is the colour value "${current}", which is not a #RRGGBB or #AARRGGBB colour` };
    const defined = roots.map((r) => colours(r).get(name)).find((v) => v !== undefined);
    if (defined === undefined) return { reason: `is the colour @color/${name}, which no values/*.xml of ${roots.join(' or ')} defines` };
    current = defined;
  }
  return { reason: `is the colour ${value.trim()}, whose references go on for more than ${MAX_REFERENCES} steps` };
}
