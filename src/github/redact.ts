/**
 * Keeps tokens out of every message built from an error or an API answer. A server or proxy may quote the request's
 * headers back (the Authorization header among them), so any text that came over the network is redacted before it
 * is shown: the tokens this process sent, whole or without their prefix, and anything shaped like a token.
 */
const sent = new Set<string>();

/** GitHub's token formats (ghp_, gho_, ghu_, ghs_, ghr_, github_pat_) and the credential after an auth scheme. */
const TOKEN_SHAPED = /\b(?:gh[pousr]_[A-Za-z0-9_]{16,}|github_pat_[A-Za-z0-9_]{16,})|\b((?:token|bearer|basic)\s+)[A-Za-z0-9._~+/=-]{8,}/gi;
const PREFIX = /^(?:gh[pousr]_|github_pat_)/;
const REDACTED = '[redacted]';

/** A token this process sends: every later message is redacted of it. */
export function registerToken(token: string): void {
  if (token.length < 8) return;
  sent.add(token);
  const bare = token.replace(PREFIX, '');
  if (bare.length >= 8) sent.add(bare);
}

export function redact(text: string): string {
  let out = text;
  for (const token of sent) out = withoutCaseless(out, token);
  return out.replace(TOKEN_SHAPED, (_m, scheme: string | undefined) => `${scheme ?? ''}${REDACTED}`);
}

/** `text` with every occurrence of `token` (ASCII, as tokens are), in any letter case, replaced. */
function withoutCaseless(text: string, token: string): string {
  // ASCII-only lowering keeps every index in place (full Unicode lowering can change the length).
  const lower = asciiLower(text);
  const needle = asciiLower(token);
  let out = '';
  let from = 0;
  for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, from)) {
    out += text.slice(from, at) + REDACTED;
    from = at + needle.length;
  }
  return out + text.slice(from);
}

function asciiLower(text: string): string {
  return text.replace(/[A-Z]/g, (c) => c.toLowerCase());
}
