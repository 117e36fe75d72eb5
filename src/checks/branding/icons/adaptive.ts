import type { FileEntry } from '../../../files/types.js';
import { attributes, blankXmlComments } from '../sources/xml-text.js';
import { resolveColour, type ColourTable, type Rgba } from './android-colours.js';
import { folderDensity, isAnyDensity, lookupRoots, resourceFiles, type ResourceIndex } from './android-resources.js';
import type { TextReader } from './types.js';

/** A layer of an adaptive icon that can be drawn: a flat colour, or a raster image (its files, best first). */
export type AdaptiveLayer = { kind: 'colour'; colour: Rgba; what: string } | { kind: 'image'; files: FileEntry[]; what: string };

/** An adaptive icon (Android 8+) whose layers can both be drawn; `<monochrome>` (themed icons) is not. */
export interface AdaptiveIcon {
  file: FileEntry;
  background: AdaptiveLayer;
  foreground: AdaptiveLayer & { kind: 'image' };
}

export interface Resolver {
  index: ResourceIndex;
  colours: ColourTable;
  readText: TextReader;
}

const LAYER_REFERENCE = /^@(?:\+)?(mipmap|drawable)\/([\w.]+)$/;

/** An XML launcher icon: an adaptive icon to compose, or why it is not inspected. */
export function readXmlIcon(file: FileEntry, root: string, resolver: Resolver): { adaptive: AdaptiveIcon } | { reason: string } {
  const text = resolver.readText(file);
  if (text === undefined) return { reason: 'XML drawable that could not be read: not inspected' };
  const xml = blankXmlComments(text);
  if (!/<adaptive-icon\b/.test(xml)) return { reason: `${drawableKind(xml).what}: ${drawableKind(xml).why}, not inspected` };
  const layers = new Map<string, string | undefined>();
  for (const m of xml.matchAll(/<(background|foreground)\b([^>]*?)\/?>/g)) {
    if (!layers.has(m[1])) layers.set(m[1], attributes(m[2], 0).get('android:drawable')?.value.trim());
  }
  const foreground = resolveLayer('foreground', layers.get('foreground'), root, resolver);
  if ('reason' in foreground) return foreground;
  if (foreground.kind !== 'image') return { reason: `adaptive icon (Android 8+) whose foreground ${foreground.what} is a colour, not an image: not inspected` };
  const background = resolveLayer('background', layers.get('background'), root, resolver);
  if ('reason' in background) return background;
  return { adaptive: { file, background, foreground } };
}

function resolveLayer(layer: string, value: string | undefined, root: string, resolver: Resolver): AdaptiveLayer | { reason: string } {
  const reason = (detail: string) => ({ reason: `adaptive icon (Android 8+) whose ${layer} ${detail}, not inspected` });
  if (value === undefined) return reason('is drawn inside the XML: not drawn');
  const shown = JSON.stringify(value.slice(0, 60));
  if (value.startsWith('#') || /^@(?:android:)?color\//.test(value)) {
    const colour = resolveColour(value, root, resolver.colours);
    return 'reason' in colour ? reason(colour.reason) : { kind: 'colour', colour: colour.colour, what: `${value} (${hex(colour.colour)})` };
  }
  const m = LAYER_REFERENCE.exec(value);
  if (!m) return reason(`is ${shown}, not a drawable, mipmap or colour of the app`);
  const what = `@${m[1]}/${m[2]}`;
  const found = resourceFiles(resolver.index, root, `${m[1]}/${m[2]}`);
  if (!found) return reason(`${what} is in no drawable or mipmap folder of ${lookupRoots(root).join(' or ')}: not found`);
  const rasters = found.files.filter((f) => !f.path.endsWith('.xml'));
  // Android takes an anydpi file over every density's, and a density's image over a default-folder XML.
  const xml = found.files.find((f) => f.path.endsWith('.xml') && isAnyDensity(f.path)) ?? (rasters.length === 0 ? found.files[0] : undefined);
  if (xml) {
    const text = resolver.readText(xml);
    if (text === undefined) return reason(`${what} is an XML drawable (${xml.path}) that could not be read`);
    const kind = drawableKind(blankXmlComments(text));
    return reason(`${what} is ${kind.what} (${xml.path}): ${kind.why}`);
  }
  const best = rasters.sort((a, b) => folderDensity(b.path) - folderDensity(a.path) || b.size - a.size || (a.path < b.path ? -1 : 1));
  return { kind: 'image', files: best, what };
}

/** What an XML drawable is, and why it is not drawn here. */
function drawableKind(xml: string): { what: string; why: string } {
  const root = rootElement(xml);
  if (root === 'vector' || root === 'animated-vector') return { what: 'a vector drawable', why: 'not rasterised' };
  if (root === 'shape' && /<gradient\b/.test(xml)) return { what: 'a gradient <shape>', why: 'gradients are not drawn' };
  if (root === 'layer-list') return { what: 'a <layer-list> drawable', why: 'its layers are not drawn' };
  return { what: `a <${root}> drawable`, why: 'not drawn' };
}

/** The name of the document's first element, past `<?…?>` declarations and `<!…>` (comments are blanked already). */
function rootElement(xml: string): string {
  for (let i = xml.indexOf('<'); i >= 0; i = xml.indexOf('<', i + 1)) {
    if (xml[i + 1] === '?' || xml[i + 1] === '!') {
      const end = xml.indexOf(xml[i + 1] === '?' ? '?>' : '>', i + 2);
      if (end < 0) return 'unknown';
      i = end;
      continue;
    }
    return /^([\w:-]+)[\s/>]/.exec(xml.slice(i + 1, i + 200))?.[1] ?? 'unknown';
  }
  return 'unknown';
}

function hex(colour: Rgba): string {
  const [r, g, b, a] = colour;
  return `#${[a, r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('').toUpperCase()}`;
}
