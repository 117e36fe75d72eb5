import type { Upstream } from '../../upstream/catalogue.js';
import type { Family } from './references.js';

/** A GNU license as a project states it: family, version, and whether "or later" was said. */
export interface GnuLicense {
  family: Family;
  version: string;
  orLater?: boolean;
}

export interface Compatibility {
  ok: boolean;
  /** The licenses the upstream's code may go out under, e.g. "GPL-3.0 or AGPL-3.0". */
  allowed: string;
  /** How the upstream's license was read, incl. "no 'or later' stated, read as -only". */
  upstreamReading: string;
}

/** "GPL-3.0-or-later WITH OpenSSL-exception" → GPL 3.0 or later. */
export function parseUpstreamLicense(spdx: string): GnuLicense | undefined {
  const m = /^(A|L)?GPL-(\d\.\d)(-only|-or-later|\+)?/.exec(spdx);
  if (!m) return undefined;
  return { family: m[1] === 'A' ? 'AGPL' : m[1] === 'L' ? 'LGPL' : 'GPL', version: m[2], orLater: m[3] === '-or-later' || m[3] === '+' };
}

const GPL_VERSIONS = ['1.0', '2.0', '3.0'];

/**
 * Whether a fork's license can carry an upstream's code (telegram-ids.md §4): GPL-v-or-later code can go out
 * under GPL v or any later version (and AGPL-3.0 wherever GPL-3.0 is allowed, through GPLv3 §13); GPL-v-only
 * code only under GPL v. The fork's own "or later" does not widen what the upstream allows. An upstream that
 * states no "or later" is catalogued as -only, and the reading says so.
 */
export function compatible(upstream: Upstream, fork: GnuLicense): Compatibility {
  const up = parseUpstreamLicense(upstream.license);
  if (!up) return { ok: true, allowed: upstream.license, upstreamReading: upstream.license };
  const versions = up.orLater ? GPL_VERSIONS.filter((v) => v >= up.version) : [up.version];
  const allowed = versions.map((v) => `GPL-${v}`);
  if (versions.includes('3.0')) allowed.push('AGPL-3.0');
  const forkId = `${fork.family}-${fork.version}`;
  const upstreamReading = up.orLater
    ? `${upstream.license} (${upstream.stated})`
    : `${upstream.license}: ${upstream.stated}, so it is read as "-only"`;
  return { ok: (fork.family === 'GPL' || fork.family === 'AGPL') && allowed.includes(forkId), allowed: allowed.join(' or '), upstreamReading };
}
