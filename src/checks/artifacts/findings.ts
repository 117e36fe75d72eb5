import type { RawFinding } from '../../findings.js';
import { isPublic, type PublishedCredential } from '../credentials/catalogue.js';
import type { Hit } from './session.js';

const WHO: Record<PublishedCredential['kind'], string> = {
  sample: 'The sample',
  official: "An official Telegram app's",
  'official (reported)': "An official Telegram app's",
  'third-party': 'A published third-party',
  'third-party (reported)': 'A published third-party',
  team: 'Your never-ship',
};

/** One finding per value per entry, at the artifact's path; the message names the entry inside it. */
export function artifactFinding(artifactPath: string, hit: Hit, c: PublishedCredential): RawFinding {
  const { hash, encoding, offset } = hit.match;
  const times = hit.count > 1 ? `; ${hit.count} times in all, as ${[...hit.encodings].join(' and ')}` : '';
  const origin = isPublic(c) ? `Published by ${c.origin}.` : `Listed in ${c.origin}.`;
  return {
    ruleId: 'published-api-credentials',
    level: 'error',
    message: `${WHO[c.kind]} api_hash ${hash}${c.apiId !== undefined && isPublic(c) ? ` (api_id ${c.apiId})` : ''} ships in ${hit.label} (${encoding} at byte ${offset}${times}). ${origin}`,
    path: artifactPath,
    line: 1,
    column: 1,
    key: `hash:${hash}@${hit.label}`,
    secrets: isPublic(c) ? undefined : [hash],
    value: hash,
    shipsIn: hit.label,
  };
}
