/** How a private value is shown: its first 4 characters, never more. */
export function mask(secret: string): string {
  return `${secret.slice(0, 4)}…`;
}

/** Replaces every whole occurrence of each secret (any letter case) in `text` by its mask. */
export function maskText(text: string, secrets: ReadonlySet<string>): string {
  let out = text;
  for (const s of secrets) {
    if (s.length < 8) continue;
    out = out.replace(new RegExp(escape(s), 'gi'), mask(s));
  }
  return out;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
