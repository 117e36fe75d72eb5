import type { Rgba } from './android-colours.js';
import type { RgbaImage } from './image.js';

// An adaptive icon's layers are 108 dp squares; launchers show the centre 72 dp (the 66 dp safe zone and a margin),
// masked to their shape.
const CANVAS_DP = 108;
const SHOWN_DP = 72;

/**
 * The adaptive icon as a launcher shows it: the background (a colour, or an image scaled to the foreground's size)
 * under the foreground, the centre 72 of 108 dp, masked to a circle. The mask matters to the hash, which crops to
 * what differs from the border's colour: unmasked, a flat background would be cropped away around the glyph, where
 * the official icons (a disk on transparency) keep their disk.
 */
export function composeAdaptive(background: Rgba | RgbaImage, foreground: RgbaImage): RgbaImage {
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
      const under = Array.isArray(background) ? background : pixel(background, Math.floor(((cx + 0.5) * background.width) / width), Math.floor(((cy + 0.5) * background.height) / height));
      const over = pixel(foreground, cx, cy);
      data.set(sourceOver(over, under), (y * side + x) * 4);
    }
  }
  return { width: side, height: side, data };
}

function pixel(image: RgbaImage, x: number, y: number): Rgba {
  const i = (y * image.width + x) * 4;
  return [image.data[i], image.data[i + 1], image.data[i + 2], image.data[i + 3]];
}

/** Porter-Duff "over" on colours that are not premultiplied. */
function sourceOver(over: Rgba, under: Rgba): Rgba {
  const a = over[3] / 255;
  const b = (under[3] / 255) * (1 - a);
  const alpha = a + b;
  if (alpha === 0) return [0, 0, 0, 0];
  const channel = (c: number) => Math.round((over[c] * a + under[c] * b) / alpha);
  return [channel(0), channel(1), channel(2), Math.round(alpha * 255)];
}
