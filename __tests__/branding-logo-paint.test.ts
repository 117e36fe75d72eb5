import { expect, test } from '@jest/globals';
import type { Rgba } from '../src/checks/branding/icons/android-colours.js';
import type { Drawable } from '../src/checks/branding/icons/android-drawables.js';
import { paintDrawable } from '../src/checks/branding/icons/paint.js';

const RED: Rgba = [255, 0, 0, 255];
const GREEN: Rgba = [0, 255, 0, 255];
const BLUE: Rgba = [0, 0, 255, 255];
const gradient = (angle: number, colours: Rgba[] = [RED, BLUE]): Drawable => ({ kind: 'gradient', colours, angle, what: 'test' });

function at(drawable: Drawable, x: number, y: number, size = 100, images = new Map()): number[] {
  const image = paintDrawable(drawable, size, size, images);
  const i = (y * size + x) * 4;
  return [...image.data.subarray(i, i + 4)];
}

test.each([
  // Android's GradientDrawable: 0° runs left to right, 90° bottom to top, 45° bottom-left to top-right, 315° (-45°) top-left to bottom-right.
  [0, [0, 50], [99, 50]],
  [90, [50, 99], [50, 0]],
  [45, [0, 99], [99, 0]],
  [180, [99, 50], [0, 50]],
  [270, [50, 0], [50, 99]],
  [315, [0, 0], [99, 99]],
])('a linear gradient at %i° starts and ends where Android draws it', (angle, [sx, sy], [ex, ey]) => {
  expect(at(gradient(angle), sx, sy)[0]).toBeGreaterThan(245);
  expect(at(gradient(angle), ex, ey)[2]).toBeGreaterThan(245);
});

test('a centre colour sits half way; layers are drawn in order, "over", images scaled to the canvas', () => {
  expect(at(gradient(0, [RED, GREEN, BLUE]), 50, 50)).toEqual([0, 252, 3, 255]);
  const half: Rgba = [255, 255, 255, 128];
  const pixelImage = { width: 1, height: 1, data: new Uint8Array([0, 0, 0, 255]) };
  const image: Drawable = { kind: 'image', files: [], what: 'dot' };
  const layers: Drawable = { kind: 'layers', items: [{ kind: 'colour', colour: RED, what: 'red' }, { kind: 'colour', colour: half, what: 'white' }], what: 'two' };
  expect(at(layers, 10, 10)).toEqual([255, 128, 128, 255]);
  expect(at({ kind: 'layers', items: [layers, image], what: 'three' }, 99, 99, 100, new Map([[image, pixelImage]]))).toEqual([0, 0, 0, 255]);
});
