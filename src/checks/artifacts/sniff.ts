/** What an artifact or an entry is, from its first bytes (and its name only where the bytes cannot tell). */
export type Format =
  | { kind: 'zip' }
  | { kind: 'gzip' }
  | { kind: 'tar' }
  | { kind: 'raw'; what: string }
  | { kind: 'media' }
  | { kind: 'unsupported'; reason: string };

/** Bytes needed to recognise every format below (the tar magic sits at offset 257). */
export const SNIFF_BYTES = 512;

type At = (offset: number, ...bytes: number[]) => boolean;
type Ascii = (offset: number, text: string) => boolean;

/** Images, audio and video hold no strings worth a scan; recognising them skips inflating most of an app's size. */
const MEDIA_MAGIC: ((at: At, ascii: Ascii) => boolean)[] = [
  (at) => at(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), // PNG
  (at) => at(0, 0xff, 0xd8, 0xff), // JPEG
  (_, ascii) => ascii(0, 'GIF87a') || ascii(0, 'GIF89a'),
  (_, ascii) => ascii(0, 'RIFF') && (ascii(8, 'WEBP') || ascii(8, 'WAVE') || ascii(8, 'AVI ')),
  (_, ascii) => ascii(4, 'ftyp'), // MP4, MOV, M4A, HEIC, AVIF
  (_, ascii) => ascii(0, 'OggS') || ascii(0, 'fLaC') || ascii(0, 'ID3'),
  (at) => at(0, 0x1a, 0x45, 0xdf, 0xa3), // WebM, Matroska
  (at) => at(0, 0x00, 0x00, 0x01, 0x00) || at(0, 0x00, 0x00, 0x02, 0x00), // ICO, CUR
]


export function sniffFormat(head: Uint8Array, name: string): Format {
  const at = (offset: number, ...bytes: number[]) => bytes.every((b, i) => head[offset + i] === b);
  const ascii = (offset: number, text: string) => at(offset, ...[...text].map((c) => c.charCodeAt(0)));
  const lower = name.toLowerCase();

  if (at(0, 0x50, 0x4b, 0x03, 0x04) || at(0, 0x50, 0x4b, 0x05, 0x06)) return { kind: 'zip' };
  // Media by their bytes, never by name: a config renamed to .png is still scanned.
  if (MEDIA_MAGIC.some((magic) => magic(at, ascii))) return { kind: 'media' };
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

