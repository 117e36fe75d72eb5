import agpl1 from 'spdx-license-list/licenses/AGPL-1.0-only.json' with { type: 'json' };
import agpl3 from 'spdx-license-list/licenses/AGPL-3.0-only.json' with { type: 'json' };
import apache2 from 'spdx-license-list/licenses/Apache-2.0.json' with { type: 'json' };
import bsd2 from 'spdx-license-list/licenses/BSD-2-Clause.json' with { type: 'json' };
import bsd3 from 'spdx-license-list/licenses/BSD-3-Clause.json' with { type: 'json' };
import bsl1 from 'spdx-license-list/licenses/BSL-1.0.json' with { type: 'json' };
import gpl1 from 'spdx-license-list/licenses/GPL-1.0-only.json' with { type: 'json' };
import gpl2 from 'spdx-license-list/licenses/GPL-2.0-only.json' with { type: 'json' };
import gpl3 from 'spdx-license-list/licenses/GPL-3.0-only.json' with { type: 'json' };
import isc from 'spdx-license-list/licenses/ISC.json' with { type: 'json' };
import lgpl20 from 'spdx-license-list/licenses/LGPL-2.0-only.json' with { type: 'json' };
import lgpl21 from 'spdx-license-list/licenses/LGPL-2.1-only.json' with { type: 'json' };
import lgpl3 from 'spdx-license-list/licenses/LGPL-3.0-only.json' with { type: 'json' };
import mit from 'spdx-license-list/licenses/MIT.json' with { type: 'json' };
import mpl2 from 'spdx-license-list/licenses/MPL-2.0.json' with { type: 'json' };
import unlicense from 'spdx-license-list/licenses/Unlicense.json' with { type: 'json' };

/** GPL: GNU GPL; AGPL: Affero GPL; LGPL: Lesser/Library GPL; permissive and weak copyleft: other. */
export type Family = 'GPL' | 'AGPL' | 'LGPL' | 'other';

export interface ReferenceLicense {
  /** SPDX id without the -only/-or-later suffix: the text says only which version it is. */
  id: string;
  family: Family;
  /** Major.minor version for the GNU families, e.g. "3.0". */
  version?: string;
  name: string;
  text: string;
  /** Paragraphs some published copies carry after the terms and the SPDX text lacks (optional, never required). */
  appendix?: string[];
}

interface SpdxJson {
  name: string;
  licenseText: string;
}

function ref(id: string, family: Family, version: string | undefined, json: SpdxJson, options: { cutAt?: RegExp; appendix?: string[] } = {}): ReferenceLicense {
  const cut = options.cutAt ? json.licenseText.slice(1).search(options.cutAt) + 1 : 0;
  const text = cut > 0 ? json.licenseText.slice(0, cut) : json.licenseText;
  return { id, family, version, name: json.name.replace(/ only$/, ''), text, appendix: options.appendix };
}

// The FSF's GPL-2.0 copies end with this paragraph; the SPDX text does not.
const GPL2_LAST_PARAGRAPH =
  'This General Public License does not permit incorporating your program into proprietary programs. If your program is a subroutine library, you may consider it more useful to permit linking proprietary applications with the library. If this is what you want to do, use the GNU Lesser General Public License instead of this License.';

/**
 * The texts the matcher knows, from spdx-license-list (imported one by one so the bundle holds only these).
 * The GNU licenses and their near neighbours are all here so that a GPL-3.0 file is never mistaken for
 * AGPL-3.0, nor LGPL-2.1 for LGPL-2.0; the common permissive ones let a finding name what it found.
 */
export const REFERENCES: readonly ReferenceLicense[] = [
  ref('GPL-1.0', 'GPL', '1.0', gpl1),
  ref('GPL-2.0', 'GPL', '2.0', gpl2, { appendix: [GPL2_LAST_PARAGRAPH] }),
  ref('GPL-3.0', 'GPL', '3.0', gpl3),
  ref('AGPL-1.0', 'AGPL', '1.0', agpl1),
  ref('AGPL-3.0', 'AGPL', '3.0', agpl3),
  ref('LGPL-2.0', 'LGPL', '2.0', lgpl20),
  ref('LGPL-2.1', 'LGPL', '2.1', lgpl21),
  // The SPDX LGPL-3.0 text carries the whole GPL-3.0 after it; COPYING.LESSER files hold the LGPL part only.
  ref('LGPL-3.0', 'LGPL', '3.0', lgpl3, { cutAt: /^GNU GENERAL PUBLIC LICENSE$/m }),
  ref('MIT', 'other', undefined, mit),
  ref('Apache-2.0', 'other', undefined, apache2),
  ref('BSD-2-Clause', 'other', undefined, bsd2),
  ref('BSD-3-Clause', 'other', undefined, bsd3),
  ref('MPL-2.0', 'other', undefined, mpl2),
  ref('BSL-1.0', 'other', undefined, bsl1),
  ref('ISC', 'other', undefined, isc),
  ref('Unlicense', 'other', undefined, unlicense),
];

/** Family and version of an SPDX id without suffix, e.g. "LGPL-2.1" → LGPL 2.1; other ids are family "other". */
export function familyOf(id: string): { family: Family; version?: string } {
  const m = /^(A|L)?GPL-(\d\.\d)$/.exec(id);
  if (!m) return { family: 'other' };
  return { family: m[1] === 'A' ? 'AGPL' : m[1] === 'L' ? 'LGPL' : 'GPL', version: m[2] };
}
