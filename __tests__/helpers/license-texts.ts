import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { FIXTURES } from './fixtures.js';

const require = createRequire(import.meta.url);

/** The SPDX text of a license, as spdx-license-list ships it. */
export function spdxText(id: string): string {
  return (require(`spdx-license-list/licenses/${id}.json`) as { licenseText: string }).licenseText;
}

/** The FSF's own copy (Debian's /usr/share/common-licenses), kept under fixtures/license/fsf. */
export function fsfText(name: string): string {
  return readFileSync(join(FIXTURES, 'license', 'fsf', name), 'utf8');
}

export function licenseFixture(name: string): string {
  return readFileSync(join(FIXTURES, 'license', 'texts', name), 'utf8');
}

/** Rewraps each paragraph to `width` columns with an indent, as many copies in the wild are. */
export function reflow(text: string, width = 66): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => {
      const lines: string[] = [];
      let line = '';
      for (const w of p.split(/\s+/).filter(Boolean)) {
        if (line && (line + ' ' + w).length > width) {
          lines.push(line);
          line = w;
        } else line = line ? `${line} ${w}` : w;
      }
      lines.push(line);
      return '    ' + lines.join('\n    ');
    })
    .join('\n\n');
}

export function crlf(text: string): string {
  return text.replace(/\r?\n/g, '\r\n');
}

/** A Markdown copy: the title as a heading, some paragraphs as sub-headings, block quotes and bold words. */
export function markdown(text: string): string {
  const paragraphs = text.split(/\n\s*\n/);
  return [`# ${paragraphs[0].replace(/\n/g, ' ')}`, ...paragraphs.slice(1).map((p, i) => (i % 9 === 0 && p.length < 80 ? `## ${p}` : i % 7 === 3 ? `> ${p.replace(/\n/g, '\n> ')}` : p.replace(/\b(License)\b/, '**$1**')))].join('\n\n');
}

export const END_OF_TERMS = 'END OF TERMS AND CONDITIONS';

/** The text with `addition` placed right after "END OF TERMS AND CONDITIONS". */
export function afterTerms(text: string, addition: string): string {
  const at = text.indexOf(END_OF_TERMS) + END_OF_TERMS.length;
  return `${text.slice(0, at)}\n\n${addition}\n\n${text.slice(at)}`;
}
