import type { Rgba } from './android-colours.js';
import type { Drawable } from './android-drawables.js';
import type { RgbaImage } from './image.js';

// Where a linear gradient starts and ends, in units of the bounds, by angle: Android's GradientDrawable runs 0° left
// to right, 90° bottom to top, the diagonals corner to corner.
const GRADIENT_ENDS: Record<number, [number, number, number, number]> = {
  0: [0, 0, 1, 0],
  45: [0, 1, 1, 0],
  90: [0, 1, 0, 0],
  135: [1, 1, 0, 0],
  180: [1, 0, 0, 0],
  225: [1, 0, 0, 1],
  270: [0, 0, 0, 1],
  315: [0, 0, 1, 1],
};

/** Draws the drawable over a transparent canvas of the size given, each layer filling it; images scaled (nearest). */
export function paintDrawable(drawable: Drawable, width: number, height: number, images: ReadonlyMap<Drawable, RgbaImage>): RgbaImage {
  const canvas: RgbaImage = { width, height, data: new Uint8Array(width * height * 4) };
  paintOver(canvas, drawable, images);
  return canvas;
}

function paintOver(canvas: RgbaImage, drawable: Drawable, images: ReadonlyMap<Drawable, RgbaImage>): void {
  if (drawable.kind === 'layers') {
    for (const item of drawable.items) paintOver(canvas, item, images);
    return;
  }
  const colourAt = shader(drawable, canvas, images);
  const { width, height, data } = canvas;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      data.set(sourceOver(colourAt(x, y), [data[i], data[i + 1], data[i + 2], data[i + 3]]), i);
    }
  }
}

function shader(drawable: Exclude<Drawable, { kind: 'layers' }>, canvas: RgbaImage, images: ReadonlyMap<Drawable, RgbaImage>): (x: number, y: number) => Rgba {
  const { width, height } = canvas;
  if (drawable.kind === 'colour') return () => drawable.colour;
  if (drawable.kind === 'image') {
    const image = images.get(drawable);
    if (!image) throw new Error(`${drawable.what} was not decoded before painting`);
    return (x, y) => pixel(image, Math.floor(((x + 0.5) * image.width) / width), Math.floor(((y + 0.5) * image.height) / height));
  }
  const [x0, y0, x1, y1] = GRADIENT_ENDS[drawable.angle].map((v, i) => v * (i % 2 === 0 ? width : height));
  const [dx, dy] = [x1 - x0, y1 - y0];
  const length2 = dx * dx + dy * dy;
  const stops = drawable.colours;
  return (x, y) => {
    const t = Math.min(1, Math.max(0, ((x + 0.5 - x0) * dx + (y + 0.5 - y0) * dy) / length2));
    const scaled = t * (stops.length - 1);
    const at = Math.min(stops.length - 2, Math.floor(scaled));
    const f = scaled - at;
    return stops[at].map((c, i) => Math.round(c + (stops[at + 1][i] - c) * f)) as Rgba;
  };
}

export function pixel(image: RgbaImage, x: number, y: number): Rgba {
  const i = (y * image.width + x) * 4;
  return [image.data[i], image.data[i + 1], image.data[i + 2], image.data[i + 3]];
}

/** Porter-Duff "over" on colours that are not premultiplied. */
export function sourceOver(over: Rgba, under: Rgba): Rgba {
  const a = over[3] / 255;
  const b = (under[3] / 255) * (1 - a);
  const alpha = a + b;
  if (alpha === 0) return [0, 0, 0, 0];
  const channel = (c: number) => Math.round((over[c] * a + under[c] * b) / alpha);
  return [channel(0), channel(1), channel(2), Math.round(alpha * 255)];
}
