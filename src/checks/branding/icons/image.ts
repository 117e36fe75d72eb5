/** A decoded image: 8-bit RGBA, rows top to bottom, not premultiplied. */
export interface RgbaImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/** An icon file the decoders refuse or cannot read: the message is the reason listed for it as not inspected. */
export class IconDecodeError extends Error {}

// App icons are at most 1024 px (App Store) and rarely drawn larger; a bigger image is artwork, not an icon, and a
// hostile header could otherwise ask for gigabytes.
export const MAX_ICON_SIDE = 4096;

/** Refuses dimensions no icon has, before anything is allocated for them. */
export function checkDimensions(width: number, height: number, what: string): void {
  if (width < 1 || height < 1) throw new IconDecodeError(`${what} declares an empty image (${width}x${height})`);
  if (width > MAX_ICON_SIDE || height > MAX_ICON_SIDE) {
    throw new IconDecodeError(`${what} declares ${width}x${height} pixels, over the ${MAX_ICON_SIDE} px an icon can have: not decoded`);
  }
}
