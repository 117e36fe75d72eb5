import type { FileEntry } from '../../../files/types.js';
import { inlineDrawable, resolveDrawable, type Drawable, type NotDrawn, type Resolver } from './android-drawables.js';
import { parseXmlElements } from './xml-elements.js';

/** An adaptive icon (Android 8+) whose layers can both be drawn; `<monochrome>` (themed icons) is not. */
export interface AdaptiveIcon {
  file: FileEntry;
  background: Drawable;
  foreground: Drawable & { kind: 'image' };
}

// An adaptive icon is a root and its two layers, each with at most a small drawable inside.
const MAX_ELEMENTS = 64;

/** An XML launcher icon: an adaptive icon to compose, or why it is not inspected. */
export function readXmlIcon(file: FileEntry, root: string, resolver: Resolver): { adaptive: AdaptiveIcon } | { reason: string } {
  const text = resolver.readText(file);
  if (text === undefined) return { reason: 'XML drawable that could not be read: not inspected' };
  const parsed = parseXmlElements(text, MAX_ELEMENTS);
  if ('reason' in parsed) return { reason: `XML drawable that ${parsed.reason}: not inspected` };
  if (parsed.root.name !== 'adaptive-icon') {
    const vector = parsed.root.name === 'vector' || parsed.root.name === 'animated-vector';
    return { reason: vector ? 'a vector drawable: not rasterised, not inspected' : `a <${parsed.root.name}> drawable: not drawn, not inspected` };
  }
  const layer = (name: 'background' | 'foreground'): Drawable | NotDrawn => {
    const reason = (detail: string) => ({ reason: `adaptive icon (Android 8+) whose ${name} ${detail}, not inspected` });
    const element = parsed.root.children.find((c) => c.name === name);
    const value = element?.attributes.get('android:drawable');
    if (value !== undefined) {
      const drawn = resolveDrawable(value, root, resolver);
      return 'reason' in drawn ? reason(drawn.reason) : drawn;
    }
    if (element?.children.length !== 1) return reason(element ? 'has no drawable' : 'is missing');
    const drawn = inlineDrawable(element.children[0], root, resolver);
    return 'reason' in drawn ? reason(`is drawn inside the XML as ${drawn.reason}`) : drawn;
  };
  const foreground = layer('foreground');
  if ('reason' in foreground) return foreground;
  if (foreground.kind !== 'image') return { reason: `adaptive icon (Android 8+) whose foreground ${foreground.what} is not a raster image: only a raster foreground is composed, not inspected` };
  const background = layer('background');
  if ('reason' in background) return background;
  return { adaptive: { file, background, foreground } };
}
