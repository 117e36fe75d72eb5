/** One ref of a smart-HTTP ref advertisement: its name, the object it names, and for annotated tags the commit it peels to. */
export interface AdvertisedRef {
  name: string;
  sha: string;
  peeled?: string;
}

export class PktLineError extends Error {
  override name = 'PktLineError';
}

/**
 * Parses the body of `GET info/refs?service=git-upload-pack` (protocol v0/v1): a `# service=` pkt-line and a flush,
 * then `<sha> <ref>[\0capabilities]` lines up to a flush; `<ref>^{}` lines carry the commit an annotated tag peels to.
 */
export function parseRefAdvertisement(body: Uint8Array): AdvertisedRef[] {
  const lines = pktLines(body);
  let i = 0;
  if (lines[i]?.startsWith('# service=')) {
    i++;
    if (lines[i] === null) i++;
  }
  const refs = new Map<string, AdvertisedRef>();
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (line === null) break;
    const text = line.split('\0')[0].replace(/\n$/, '');
    const m = /^([0-9a-f]{40}|[0-9a-f]{64}) (\S+)$/.exec(text);
    if (!m) throw new PktLineError(`unexpected line in the ref advertisement: ${JSON.stringify(text.slice(0, 80))}`);
    const [, sha, name] = m;
    if (name === 'capabilities^{}') continue;
    if (name.endsWith('^{}')) {
      const tag = refs.get(name.slice(0, -3));
      if (tag) tag.peeled = sha;
      continue;
    }
    refs.set(name, { name, sha });
  }
  return [...refs.values()];
}

/** Splits pkt-lines; a flush packet (`0000`) is `null`. */
function pktLines(body: Uint8Array): (string | null)[] {
  const out: (string | null)[] = [];
  const decoder = new TextDecoder();
  let at = 0;
  while (at < body.length) {
    if (at + 4 > body.length) throw new PktLineError('truncated pkt-line length');
    const lengthText = decoder.decode(body.subarray(at, at + 4));
    if (!/^[0-9a-f]{4}$/i.test(lengthText)) throw new PktLineError(`not a pkt-line stream (length "${lengthText}")`);
    const length = parseInt(lengthText, 16);
    if (length === 0) {
      out.push(null);
      at += 4;
      continue;
    }
    if (length < 4 || at + length > body.length) throw new PktLineError(`pkt-line length ${length} runs past the end of the answer`);
    out.push(decoder.decode(body.subarray(at + 4, at + length)));
    at += length;
  }
  return out;
}

/** The commit a ref stands for: the peeled commit for an annotated tag, the ref's own object otherwise. */
export function commitOf(ref: AdvertisedRef): string {
  return ref.peeled ?? ref.sha;
}
