import type { ClassifiedFile } from './classify.js';
import type { Difference, LicenseMatch } from './matcher.js';

export function percent(x: number): string {
  return `${(Math.floor(x * 1000) / 10).toFixed(1)}%`;
}

/** "GPL-3.0 (99.8% of its terms; 97.2% of the file is its text)". */
export function closeness(match: LicenseMatch): string {
  if (!match.license || !match.similarity) return 'no known license text';
  return `${match.license.id} (${percent(match.similarity.recall)} of its terms present; ${percent(match.similarity.precision)} of the file is its text)`;
}

/** What one file holds, in a few words: "GPL-3.0 with an exception before it", "MIT", "a stub naming GPL-3.0". */
export function holds(file: ClassifiedFile): string {
  const m = file.match;
  const lic = m.license?.id ?? 'unknown';
  const also = file.others.length ? ` together with ${file.others.map((o) => o.id).join(' and ')}` : '';
  switch (m.status) {
    case 'exact':
      return `${lic}${also}${m.exception ? ', with an exception before the text' : ''}`;
    case 'modified':
      return `${lic}, modified`;
    case 'partial':
      return `part of ${lic} (${percent(m.similarity?.recall ?? 0)} of its terms)`;
    case 'stub':
      return `a short notice naming ${lic}, not its text`;
    default:
      return m.similarity && m.license ? `no known license (closest ${m.license.id}, ${percent(m.similarity.recall)})` : 'no known license';
  }
}

const WHERE: Record<Difference['where'], string> = {
  before: 'before the license text',
  inside: 'inside the terms',
  'after-terms': 'after the terms',
  missing: 'missing',
};

export function differenceText(d: Difference): string {
  if (d.where === 'missing') return `${d.words} words missing from "${d.excerpt}"`;
  return `${d.words} words added ${WHERE[d.where]} ("${d.excerpt}")${d.restrictive ? ', which read as a further restriction' : ''}`;
}

/** The message of a license-unrecognized finding: how close the text was and what differs. */
export function unrecognizedMessage(file: ClassifiedFile): string {
  const m = file.match;
  const shown = m.differences.slice(0, 3).map(differenceText);
  const more = m.differences.length > 3 ? `; and ${m.differences.length - 3} more differences` : '';
  switch (m.status) {
    case 'modified':
      return `${file.path} holds ${closeness(m)} with changes: ${shown.join('; ')}${more}. A GPL text must stay unmodified and GPL forbids further restrictions.`;
    case 'partial': {
      const end = m.differences.find((d) => d.where === 'missing');
      return `${file.path} holds only part of ${closeness(m)}: truncated or rewritten${end ? `; ${shown.filter((s) => s.includes('missing')).slice(0, 2).join('; ')}` : ''}.`;
    }
    case 'stub':
      return `${file.path} only names ${m.license?.id} (${m.words} words) instead of holding the license text: "${m.preamble.slice(0, 120)}".`;
    default:
      return m.words === 0
        ? `${file.path} holds no license text (empty after removing copyright lines).`
        : `${file.path} matches no known license text closely enough (closest: ${closeness(m)}).`;
  }
}
