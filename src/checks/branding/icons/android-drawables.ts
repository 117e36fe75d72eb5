import type { FileEntry } from '../../../files/types.js';
import { resolveColour, type ColourTable, type Rgba } from './android-colours.js';
import { DRAWABLE_REFERENCE, folderDensity, isAnyDensity, lookupRoots, resourceFiles, type ResourceIndex } from './android-resources.js';
import type { TextReader } from './types.js';
import { parseXmlElements, type XmlNode } from './xml-elements.js';

/**
 * A drawable as far as it is drawn here, each filling its bounds: a flat colour, a raster image (its files, best
 * first), a linear gradient along one of the eight directions Android allows, or a <layer-list> of these, the first
 * at the bottom.
 */
export type Drawable =
  | { kind: 'colour'; colour: Rgba; what: string }
  | { kind: 'image'; files: FileEntry[]; what: string }
  | { kind: 'gradient'; colours: Rgba[]; angle: number; what: string }
  | { kind: 'layers'; items: Drawable[]; what: string };

export interface Resolver {
  index: ResourceIndex;
  colours: ColourTable;
  readText: TextReader;
}

/** Why a drawable is not drawn, as a clause naming it (`@drawable/x is a vector drawable (…): not rasterised`). */
export type NotDrawn = { reason: string };

// Bounds on one icon layer: references followed in depth, layers drawn, elements of one XML file.
const MAX_DEPTH = 4;
const MAX_LAYERS = 16;
const MAX_ELEMENTS = 64;
const ZERO = /^[+-]?0+(?:\.0+)?(?:dp|dip|px|sp|pt|in|mm)?$/;
const ANY = () => true;

interface Walk {
  root: string;
  resolver: Resolver;
  depth: number;
  layers: { count: number };
}

/**
 * An adaptive icon layer's `android:drawable` value: a colour or a drawable of the app. Every reference resolves
 * from the icon's resource root (as in the merged resources Android builds), whatever file names it.
 */
export function resolveDrawable(value: string, root: string, resolver: Resolver): Drawable | NotDrawn {
  return valueDrawable(value, { root, resolver, depth: 0, layers: { count: 0 } });
}

/** A drawable written inside an adaptive icon's layer element. */
export function inlineDrawable(element: XmlNode, root: string, resolver: Resolver): Drawable | NotDrawn {
  return elementDrawable(element, 'inline', { root, resolver, depth: 0, layers: { count: 0 } });
}

function valueDrawable(value: string, walk: Walk): Drawable | NotDrawn {
  if (value.startsWith('#') || /^@(?:android:)?color\//.test(value)) {
    const colour = resolveColour(value, lookupRoots(walk.resolver.index, walk.root), walk.resolver.colours);
    return 'reason' in colour ? { reason: colour.reason } : { kind: 'colour', colour: colour.colour, what: `${value} (${hex(colour.colour)})` };
  }
  const m = DRAWABLE_REFERENCE.exec(value);
  if (!m) return { reason: `is ${JSON.stringify(value.slice(0, 60))}, not a drawable, mipmap or colour of the app` };
  return referenceDrawable(`${m[1]}/${m[2]}`, walk);
}

function referenceDrawable(id: string, walk: Walk): Drawable | NotDrawn {
  const what = `@${id}`;
  if (walk.depth >= MAX_DEPTH) return { reason: `${what} is more than ${MAX_DEPTH} drawables deep: not followed` };
  const { index, readText } = walk.resolver;
  const found = resourceFiles(index, walk.root, id);
  if (!found) return { reason: `${what} is in no drawable or mipmap folder of ${lookupRoots(index, walk.root).join(' or ')}: not found` };
  const rasters = found.files.filter((f) => !f.path.endsWith('.xml'));
  // Android takes an anydpi file over every density's, and a density's image over a default-folder XML.
  const xml = found.files.find((f) => f.path.endsWith('.xml') && isAnyDensity(f.path)) ?? (rasters.length === 0 ? found.files[0] : undefined);
  if (!xml) {
    const best = rasters.sort((a, b) => folderDensity(b.path) - folderDensity(a.path) || b.size - a.size || (a.path < b.path ? -1 : 1));
    const ninePatch = best.find((f) => /\.9\.png$/i.test(f.path));
    if (ninePatch) return { reason: `${what} is a nine-patch image (${ninePatch.path}): its stretch borders are not drawn` };
    return { kind: 'image', files: best, what };
  }
  const text = readText(xml);
  if (text === undefined) return { reason: `${what} is an XML drawable (${xml.path}) that could not be read` };
  const parsed = parseXmlElements(text, MAX_ELEMENTS);
  if ('reason' in parsed) return { reason: `${what} is an XML drawable (${xml.path}) that ${parsed.reason}` };
  const drawn = elementDrawable(parsed.root, xml.path, { ...walk, depth: walk.depth + 1 });
  return 'reason' in drawn ? { reason: `${what} is ${drawn.reason}` } : { ...drawn, what: `${what} (${drawn.what})` };
}

/** An XML drawable's element; reasons name it as `a <shape> (where)…`. */
function elementDrawable(element: XmlNode, where: string, walk: Walk): Drawable | NotDrawn {
  switch (element.name) {
    case 'layer-list':
      return layerList(element, where, walk);
    case 'shape':
      return shape(element, where, walk);
    case 'bitmap':
      return bitmap(element, where, walk);
    case 'vector':
    case 'animated-vector':
      return { reason: `a vector drawable (${where}): not rasterised` };
    default:
      return { reason: `a <${element.name}> drawable (${where}): not drawn` };
  }
}

function layerList(element: XmlNode, where: string, walk: Walk): Drawable | NotDrawn {
  const named = `a <layer-list> (${where})`;
  const odd = unsupported(element, { 'android:opacity': ANY, 'android:paddingMode': ANY, 'android:dither': ANY, 'android:autoMirrored': ANY });
  if (odd) return { reason: `${named} with ${odd}: not drawn` };
  const items: Drawable[] = [];
  for (const [i, item] of element.children.entries()) {
    const n = i + 1;
    if (item.name !== 'item') return { reason: `${named} whose element ${n} is <${item.name}>, not an <item>: not drawn` };
    const offset = unsupported(item, { 'android:drawable': ANY, 'android:id': ANY, ...zeroInsets() });
    if (offset) return { reason: `${named} whose item ${n} has ${offset}: only items that fill the layer are drawn` };
    if (++walk.layers.count > MAX_LAYERS) return { reason: `${named} with more than ${MAX_LAYERS} layers in all: not drawn` };
    const value = item.attributes.get('android:drawable');
    if ((value === undefined) === (item.children.length !== 1)) return { reason: `${named} whose item ${n} has ${value === undefined ? 'no drawable' : 'both a drawable and child elements'}: not drawn` };
    const drawn = value !== undefined ? valueDrawable(value, walk) : elementDrawable(item.children[0], `inline in ${where}`, walk);
    if ('reason' in drawn) return { reason: `${named} whose item ${n} ${value !== undefined ? '' : 'is '}${drawn.reason}` };
    items.push(drawn);
  }
  if (items.length === 0) return { reason: `${named} with no item: not drawn` };
  return { kind: 'layers', items, what: `a <layer-list> of ${items.map((d) => d.what).join(' under ')}` };
}

function shape(element: XmlNode, where: string, walk: Walk): Drawable | NotDrawn {
  const named = `a <shape> (${where})`;
  const odd = unsupported(element, { 'android:shape': (v) => v === 'rectangle', 'android:dither': ANY });
  if (odd) return { reason: `${named} with ${odd}: only a plain rectangle is drawn` };
  let paint: Drawable | NotDrawn | undefined;
  for (const child of element.children) {
    if (child.name === 'size') continue; // an intrinsic size only: a layer fills its bounds
    if (child.name === 'corners' && unsupported(child, { 'android:radius': (v) => ZERO.test(v) }) === undefined) continue;
    if ((child.name !== 'solid' && child.name !== 'gradient') || paint !== undefined) {
      return { reason: `${named} with <${child.name}>: only a <solid> colour or a linear <gradient> filling the layer is drawn` };
    }
    paint = child.name === 'solid' ? solid(child, walk) : gradient(child, walk);
  }
  if (paint === undefined) return { reason: `${named} with neither <solid> nor <gradient>: not drawn` };
  return 'reason' in paint ? { reason: `${named} whose ${paint.reason}` } : paint;
}

function solid(element: XmlNode, walk: Walk): Drawable | NotDrawn {
  const odd = unsupported(element, { 'android:color': ANY });
  const value = element.attributes.get('android:color');
  if (odd || value === undefined) return { reason: `<solid> has ${odd ?? 'no android:color'}: not drawn` };
  const colour = resolveColour(value, lookupRoots(walk.resolver.index, walk.root), walk.resolver.colours);
  return 'reason' in colour ? { reason: `<solid> colour ${colour.reason}` } : { kind: 'colour', colour: colour.colour, what: `a <solid> ${hex(colour.colour)}` };
}

function gradient(element: XmlNode, walk: Walk): Drawable | NotDrawn {
  const type = element.attributes.get('android:type') ?? 'linear';
  if (type !== 'linear') return { reason: `<gradient> is ${type}: only linear gradients are drawn` };
  const hasCenter = element.attributes.has('android:centerColor');
  const odd = unsupported(element, {
    'android:type': ANY,
    'android:angle': ANY,
    'android:startColor': ANY,
    'android:centerColor': ANY,
    'android:endColor': ANY,
    'android:useLevel': (v) => v === 'false',
    // A linear gradient's centre only moves its centre colour; a radius only applies to radial ones.
    'android:centerX': () => !hasCenter,
    'android:centerY': () => !hasCenter,
    'android:gradientRadius': ANY,
  });
  if (odd) return { reason: `<gradient> has ${odd}: not drawn` };
  const angle = Number(element.attributes.get('android:angle') ?? '0');
  if (!Number.isInteger(angle) || angle % 45 !== 0) return { reason: `<gradient> has android:angle="${element.attributes.get('android:angle')}": only multiples of 45 are drawn` };
  const colours: Rgba[] = [];
  for (const name of ['startColor', 'centerColor', 'endColor']) {
    const value = element.attributes.get(`android:${name}`);
    if (value === undefined) {
      if (name === 'centerColor') continue;
      return { reason: `<gradient> has no android:${name}: not drawn` };
    }
    const colour = resolveColour(value, lookupRoots(walk.resolver.index, walk.root), walk.resolver.colours);
    if ('reason' in colour) return { reason: `<gradient> ${name} ${colour.reason}` };
    colours.push(colour.colour);
  }
  const normalised = ((angle % 360) + 360) % 360;
  return { kind: 'gradient', colours, angle: normalised, what: `a linear gradient ${colours.map(hex).join(' to ')} at ${normalised}°` };
}

function bitmap(element: XmlNode, where: string, walk: Walk): Drawable | NotDrawn {
  const named = `a <bitmap> (${where})`;
  const odd = unsupported(element, { 'android:src': ANY, 'android:gravity': (v) => v === 'fill', 'android:antialias': ANY, 'android:dither': ANY, 'android:filter': ANY, 'android:mipMap': ANY });
  if (odd) return { reason: `${named} with ${odd}: only a bitmap filling the layer is drawn` };
  const src = DRAWABLE_REFERENCE.exec(element.attributes.get('android:src') ?? '');
  if (!src) return { reason: `${named} whose android:src is not a drawable or mipmap of the app: not drawn` };
  const drawn = referenceDrawable(`${src[1]}/${src[2]}`, walk);
  if ('reason' in drawn) return { reason: `${named} whose image ${drawn.reason}` };
  if (drawn.kind !== 'image') return { reason: `${named} whose android:src ${drawn.what} is not a raster image: not drawn` };
  return drawn;
}

/** The first attribute (other than namespace declarations) that is not allowed, or allowed with another value, shown. */
function unsupported(element: XmlNode, allowed: Record<string, (value: string) => boolean>): string | undefined {
  for (const [name, value] of element.attributes) {
    if (name.startsWith('xmlns') || allowed[name]?.(value)) continue;
    return `${name}=${JSON.stringify(value.slice(0, 40))}`;
  }
  return undefined;
}

/** An item's insets, size and gravity, allowed where they leave it filling the layer. */
function zeroInsets(): Record<string, (value: string) => boolean> {
  const zero = (value: string) => ZERO.test(value);
  return Object.fromEntries(['left', 'top', 'right', 'bottom', 'start', 'end'].map((side) => [`android:${side}`, zero]));
}

function hex(colour: Rgba): string {
  const [r, g, b, a] = colour;
  return `#${[a, r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('').toUpperCase()}`;
}
