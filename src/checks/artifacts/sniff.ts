/** What an artifact or an entry is, from its first bytes (and its name only where the bytes cannot tell). */
export type Format =
  | { kind: 'zip' }
  | { kind: 'gzip' }
  | { kind: 'tar' }
  | { kind: 'raw'; what: string }
  | { kind: 'unsupported'; reason: string };

/** Bytes needed to recognise every format below (the tar magic sits at offset 257). */
export const SNIFF_BYTES = 512;

const MEDIA = /\.(?:png|jpe?g|gif|webp|avif|heic|ico|bmp|mp3|mp4|m4a|aac|ogg|opus|wav|flac|webm|mkv|mov)$/i;

export function sniffFormat(head: Uint8Array, name: string): Format {
  const at = (offset: number, ...bytes: number[]) => bytes.every((b, i) => head[offset + i] === b);
  const ascii = (offset: number, text: string) => at(offset, ...[...text].map((c) => c.charCodeAt(0)));
  const lower = name.toLowerCase();

  if (at(0, 0x50, 0x4b, 0x03, 0x04) || at(0, 0x50, 0x4b, 0x05, 0x06)) return { kind: 'zip' };
  if (at(0, 0x1f, 0x8b)) return { kind: 'gzip' };
  if (ascii(257, 'ustar')) return { kind: 'tar' };
  if (at(0, 0x7f, 0x45, 0x4c, 0x46)) {
    // AppImage type 2: an ELF runtime followed by a compressed squashfs image.
    if (at(8, 0x41, 0x49, 0x02) || lower.endsWith('.appimage')) return unsupported('AppImage (its squashfs payload is compressed and cannot be opened)');
    return { kind: 'raw', what: 'ELF' };
  }
  if (ascii(0, 'hsqs')) return unsupported('squashfs image (compressed, cannot be opened)');
  if (at(0, 0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00)) return unsupported('xz-compressed (cannot be opened)');
  if (ascii(0, 'BZh')) return unsupported('bzip2-compressed (cannot be opened)');
  if (at(0, 0x28, 0xb5, 0x2f, 0xfd)) return unsupported('zstd-compressed (cannot be opened)');
  if (at(0, 0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c)) return unsupported('7z archive (cannot be opened)');
  if (ascii(0, 'Rar!')) return unsupported('RAR archive (cannot be opened)');
  if (ascii(0, 'MSCF')) return unsupported('cabinet archive (compressed, cannot be opened)');
  if (ascii(0, '!<arch>\n')) return unsupported(lower.endsWith('.deb') ? 'Debian package (ar archive of compressed tarballs, cannot be opened)' : 'ar archive (cannot be opened)');
  if (lower.endsWith('.dmg')) return unsupported('disk image (.dmg, compressed, cannot be opened)');
  if (at(0, 0xd0, 0xcf, 0x11, 0xe0)) return unsupported('compound file / MSI (its cabinets are compressed, cannot be opened)');
  if (ascii(0, 'MZ')) return { kind: 'raw', what: 'PE' };
  if (at(0, 0xfe, 0xed, 0xfa, 0xce) || at(0, 0xfe, 0xed, 0xfa, 0xcf) || at(0, 0xce, 0xfa, 0xed, 0xfe) || at(0, 0xcf, 0xfa, 0xed, 0xfe)) return { kind: 'raw', what: 'Mach-O' };
  if (at(0, 0xca, 0xfe, 0xba, 0xbe)) return { kind: 'raw', what: 'Mach-O universal or Java class' };
  if (ascii(0, 'dex\n')) return { kind: 'raw', what: 'dex' };
  return { kind: 'raw', what: 'bytes' };
}

function unsupported(reason: string): Format {
  return { kind: 'unsupported', reason };
}

/** Images, audio and video hold no strings worth a scan; skipping them saves inflating most of an app's size. */
export function isMediaName(name: string): boolean {
  return MEDIA.test(name);
}
