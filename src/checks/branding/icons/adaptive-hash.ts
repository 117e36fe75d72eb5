import type { FileEntry } from '../../../files/types.js';
import type { AdaptiveIcon, AdaptiveLayer } from './adaptive.js';
import { composeAdaptive } from './compose.js';
import { decodeIconFile } from './decode.js';
import { iconHash, type IconHash } from './hash.js';
import { IconDecodeError, type RgbaImage } from './image.js';

/** The hash of the composed icon and the layer files composed (no background file for a colour). */
export type AdaptiveHashed = { hash: IconHash | undefined; foreground: FileEntry; background?: FileEntry } | { reason: string };

/** Decodes an adaptive icon's layers, composes them as a launcher shows them and hashes that; or why it could not. */
export async function hashAdaptiveIcon(icon: AdaptiveIcon, count: (file: FileEntry) => void): Promise<AdaptiveHashed> {
  const foreground = await decodeLayer(icon.foreground, count);
  if ('reason' in foreground) return { reason: `adaptive icon (Android 8+) whose foreground ${icon.foreground.what} could not be decoded (${foreground.reason}): not inspected` };
  if (icon.background.kind === 'colour') {
    return { hash: iconHash(composeAdaptive(icon.background.colour, foreground.image)), foreground: foreground.file };
  }
  const background = await decodeLayer(icon.background, count);
  if ('reason' in background) return { reason: `adaptive icon (Android 8+) whose background ${icon.background.what} could not be decoded (${background.reason}): not inspected` };
  return { hash: iconHash(composeAdaptive(background.image, foreground.image)), foreground: foreground.file, background: background.file };
}

/** The layer's best file that decodes (the highest density first, as Android would pick on a dense screen). */
async function decodeLayer(layer: AdaptiveLayer & { kind: 'image' }, count: (file: FileEntry) => void): Promise<{ image: RgbaImage; file: FileEntry } | { reason: string }> {
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
