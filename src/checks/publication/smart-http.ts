import { oneLine } from '../../github/errors.js';
import { PlaceError } from './failure.js';
import { parseRefAdvertisement, type AdvertisedRef } from './pkt-line.js';

const MAX_ADVERTISEMENT_BYTES = 32 * 1024 * 1024;
const CONTENT_TYPE = 'application/x-git-upload-pack-advertisement';

export type Advertisement = { kind: 'refs'; refs: AdvertisedRef[] } | { kind: 'denied'; status: number };

/**
 * Reads the refs a git remote advertises to anonymous readers over smart HTTP. Never sends credentials: a mirror is
 * public only if anyone can read it. 401, 403 and 404 mean it is not readable anonymously.
 */
export async function fetchAdvertisement(cloneUrl: string, fetchImpl: typeof fetch): Promise<Advertisement> {
  const url = `${cloneUrl}/info/refs?service=git-upload-pack`;
  const response = await fetchImpl(url, { headers: { 'user-agent': 'git/2 (telegram-compliance)', accept: `${CONTENT_TYPE}, */*;q=0.1`, 'accept-encoding': 'identity' } });
  const host = new URL(cloneUrl).host;
  if (response.status === 401 || response.status === 403 || response.status === 404) {
    await response.body?.cancel().catch(() => undefined);
    return { kind: 'denied', status: response.status };
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    throw new PlaceError({ status: response.status, reason: `${host} answered ${response.status} for the ref advertisement of ${cloneUrl}, also after retries`, fix: 'Run again later, or check the mirror URL.' });
  }
  const type = response.headers.get('content-type') ?? '';
  if (!type.startsWith(CONTENT_TYPE)) {
    await response.body?.cancel().catch(() => undefined);
    throw new PlaceError({
      reason: `${cloneUrl} answered with ${type || 'no content type'}, not a smart HTTP ref advertisement (a login page, or a server without smart HTTP)`,
      fix: 'Give the clone URL of the mirror (the one `git clone` takes), on a host that serves smart HTTP.',
    });
  }
  const body = await readCapped(response, MAX_ADVERTISEMENT_BYTES);
  if (!body) throw new PlaceError({ reason: `the ref advertisement of ${cloneUrl} is larger than 32 MiB`, fix: 'Declare a mirror with fewer refs.' });
  try {
    return { kind: 'refs', refs: parseRefAdvertisement(body) };
  } catch (err) {
    throw new PlaceError({ reason: `the ref advertisement of ${cloneUrl} could not be read: ${oneLine((err as Error).message)}`, fix: 'Check that the mirror URL is a git clone URL.' });
  }
}

/**
 * The body, read as it arrives and counted after decoding (a server may compress it although we ask it not to: a
 * gzip bomb of a few MB decodes to GBs), or undefined as soon as it passes `max` bytes.
 */
async function readCapped(response: Response, max: number): Promise<Uint8Array | undefined> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array(0);
  for (let r = await reader.read(); !r.done; r = await reader.read()) {
    total += r.value.length;
    if (total > max) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(r.value);
  }
  return Buffer.concat(chunks);
}
