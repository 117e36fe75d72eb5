import type { RgbaImage } from './image.js';
import { overInto } from './paint.js';

// An adaptive icon's layers are 108 dp squares; launchers show the centre 72 dp (the 66 dp safe zone and a margin),
// masked to their shape.
const CANVAS_DP = 108;
const SHOWN_DP = 72;

/**
 * The adaptive icon as a launcher shows it: the background (scaled to the foreground's size) under the foreground,
 * the centre 72 of 108 dp, masked to a circle. The mask matters to the hash, which crops to what differs from the
 * border's colour: unmasked, a flat background would be cropped away around the glyph, where the official icons (a
 * disk on transparency) keep their disk.
 */
export function composeAdaptive(background: RgbaImage, foreground: RgbaImage): RgbaImage {
  const { width, height } = foreground;
  const side = Math.max(1, Math.round((Math.min(width, height) * SHOWN_DP) / CANVAS_DP));
  const left = Math.floor((width - side) / 2);
  const top = Math.floor((height - side) / 2);
  const data = new Uint8Array(side * side * 4);
  const radius = side / 2;
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      if ((x + 0.5 - radius) ** 2 + (y + 0.5 - radius) ** 2 > radius * radius) continue;
      const cx = left + x;
      const cy = top + y;
      const under = (Math.floor(((cy + 0.5) * background.height) / height) * background.width + Math.floor(((cx + 0.5) * background.width) / width)) * 4;
      const at = (y * side + x) * 4;
      data.set(background.data.subarray(under, under + 4), at);
      overInto(data, at, foreground.data.subarray((cy * width + cx) * 4, (cy * width + cx) * 4 + 4));
    }
  }
  return { width: side, height: side, data };
}
