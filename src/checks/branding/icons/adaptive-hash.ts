import type { FileEntry } from '../../../files/types.js';
import type { AdaptiveIcon } from './adaptive.js';
import type { Drawable } from './android-drawables.js';
import { composeAdaptive } from './compose.js';
import { decodeIconFile } from './decode.js';
import { iconHash, type IconHash } from './hash.js';
import { IconDecodeError, type RgbaImage } from './image.js';
import { paintDrawable } from './paint.js';

/** The hash of the composed icon and the layer files composed (the background's, in drawing order, then the foreground's). */
export type AdaptiveHashed = { hash: IconHash | undefined; foreground: FileEntry; background: FileEntry[] } | { reason: string };

type ImageDrawable = Drawable & { kind: 'image' };

// The background is painted at most this wide (then scaled like an image): the hash reads a 32 x 32 grid, and a
// 4096 px foreground would otherwise cost a 4096 px canvas per layer.
const MAX_PAINTED_SIDE = 192;

/** Decodes an adaptive icon's layers, composes them as a launcher shows them and hashes that; or why it could not. */
export async function hashAdaptiveIcon(icon: AdaptiveIcon, count: (file: FileEntry) => void): Promise<AdaptiveHashed> {
  const foreground = await decodeImage(icon.foreground, count);
  if ('reason' in foreground) return { reason: `adaptive icon (Android 8+) whose foreground ${icon.foreground.what} could not be decoded (${foreground.reason}): not inspected` };
  const images = new Map<Drawable, RgbaImage>();
  const background: FileEntry[] = [];
  for (const layer of imageLayers(icon.background)) {
    const decoded = await decodeImage(layer, count);
    if ('reason' in decoded) {
      const within = layer === icon.background ? '' : ` (in ${icon.background.what})`;
      return { reason: `adaptive icon (Android 8+) whose background ${layer.what}${within} could not be decoded (${decoded.reason}): not inspected` };
    }
    images.set(layer, decoded.image);
    background.push(decoded.file);
  }
  const scale = Math.min(1, MAX_PAINTED_SIDE / Math.max(foreground.image.width, foreground.image.height));
  const painted = paintDrawable(icon.background, Math.max(1, Math.round(foreground.image.width * scale)), Math.max(1, Math.round(foreground.image.height * scale)), images);
  return { hash: iconHash(composeAdaptive(painted, foreground.image)), foreground: foreground.file, background };
}

function imageLayers(drawable: Drawable): ImageDrawable[] {
  if (drawable.kind === 'image') return [drawable];
  return drawable.kind === 'layers' ? drawable.items.flatMap(imageLayers) : [];
}

/** The image's best file that decodes (the highest density first, as Android would pick on a dense screen). */
async function decodeImage(layer: ImageDrawable, count: (file: FileEntry) => void): Promise<{ image: RgbaImage; file: FileEntry } | { reason: string }> {
  let reason: string | undefined;
  for (const file of layer.files) {
    try {
      const image = await decodeIconFile(file);
      count(file);
      return { image, file };
    } catch (err) {
      if (!(err instanceof IconDecodeError)) throw err;
      reason ??= `${file.path}: ${err.message}`;
    }
  }
  return { reason: reason ?? 'no file' };
}
