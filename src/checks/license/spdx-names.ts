/** A license named in free text (a manifest's name field, a stub license file, a URL): SPDX id without suffix. */
export interface NamedLicense {
  id: string;
  /** "or later", "+", "-or-later": true; "-only", "only": false; not said: undefined. */
  orLater?: boolean;
}

const VERSION = String.raw`(?:v(?:ersion)?\.?\s*)?(\d(?:\.\d)?)`;

/**
 * Recognises the usual ways of naming the licenses the matcher knows: "GNU GPL v3", "GPLv2+", "GNU Lesser
 * General Public License v2.1 or later", "Apache License, Version 2.0", gnu.org and opensource.org URLs.
 * Case-insensitive; the first license named wins.
 */
export function licenseFromName(text: string): NamedLicense | undefined {
  const t = text.toLowerCase().replace(/[_\s]+/g, ' ');
  const gnu = new RegExp(
    String.raw`\b(affero general public license|agpl|lesser general public license|library general public license|lgpl|general public license|gpl)(?=v?\d|\b)[\s,-]*(?:\(?(?:a|l)?gpl\)?[\s,-]*)?${VERSION}?(\s*\+|[^.;\n]{0,40}?\b(?:or|and)\s*(?:\(at your option\)\s*)?(?:any\s*)?(?:later|newer)\b|[-\s]only\b)?`,
  );
  const m = gnu.exec(t);
  if (m) {
    const kind = m[1];
    const family = /affero|agpl/.test(kind) ? 'AGPL' : /lesser|library|lgpl/.test(kind) ? 'LGPL' : 'GPL';
    let version: string | undefined = m[2];
    if (!version) {
      const url = /(a|l)?gpl-?(\d(?:\.\d)?)/.exec(t);
      version = url?.[2];
    }
    if (!version) return undefined;
    const v = version.includes('.') ? version : `${version}.0`;
    const suffix = m[3];
    return { id: `${family}-${v}`, orLater: suffix ? !/only/.test(suffix) : undefined };
  }
  const url = /gnu\.org\/licenses\/(a|l)?gpl-?(\d(?:\.\d)?)/.exec(t);
  if (url) return { id: `${url[1] === 'a' ? 'AGPL' : url[1] === 'l' ? 'LGPL' : 'GPL'}-${url[2].includes('.') ? url[2] : `${url[2]}.0`}` };
  if (/\bapache\b/.test(t) && /\b2(?:\.0)?\b/.test(t)) return { id: 'Apache-2.0' };
  if (/\bmozilla\b|\bmpl\b/.test(t) && /\b2(?:\.0)?\b/.test(t)) return { id: 'MPL-2.0' };
  if (/\bboost\b|\bbsl-1\.0\b/.test(t)) return { id: 'BSL-1.0' };
  if (/\bbsd\b/.test(t)) return { id: /\b3\b|new|revised|three/.test(t) ? 'BSD-3-Clause' : /\b2\b|simplified|two|freebsd/.test(t) ? 'BSD-2-Clause' : 'BSD-3-Clause' };
  if (/\bunlicense\b/.test(t)) return { id: 'Unlicense' };
  if (/\bisc\b/.test(t)) return { id: 'ISC' };
  if (/\bmit\b/.test(t)) return { id: 'MIT' };
  return undefined;
}
