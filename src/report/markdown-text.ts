import { visibleControls } from './visible.js';

/**
 * Untrusted text in the Markdown reports (job summary, check-run summary, PR comment): every character GitHub's
 * Markdown acts on is escaped, so a message quoting a file's line cannot make links, images, emphasis, math,
 * headings, HTML, table cells or autolinks (`:` and `.` escaped break `https://` and `www.`); `&` is escaped so
 * no entity spells a character back; mentions get a zero-width space after the `@` and notify nobody; control
 * characters are written as escapes, so a lone \r cannot end a table row.
 */
export function markdownText(text: string): string {
  return visibleControls(text).replace(/[\\`*_[\]()#.!|~$:<>&@]/g, (c) => ESCAPED[c] ?? `\\${c}`);
}

const ESCAPED: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '@': '@&#8203;' };

/**
 * Untrusted text as a code span (file names): fenced by one backtick more than its longest run of backticks, so
 * nothing inside can close it; control characters written as escapes; `|` escaped for table cells (with the
 * backslashes before it doubled, so that none of them escapes the other's pipe instead).
 */
export function codeSpan(text: string): string {
  const body = visibleControls(text).replace(/(\\*)\|/g, (_, slashes: string) => `${slashes}${slashes}\\|`);
  const longest = (body.match(/`+/g) ?? []).reduce((n, run) => Math.max(n, run.length), 0);
  const fence = '`'.repeat(longest + 1);
  const pad = longest > 0 || body.startsWith(' ') || body.endsWith(' ') ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}

/** A URL as a Markdown link's destination: everything but the plain URL characters percent-encoded (parentheses too). */
export function markdownUrl(url: string): string {
  return url.replace(/[^A-Za-z0-9\-._~:/?#&=+,;%@!$'*]/gu, (c) => [...Buffer.from(c, 'utf8')].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''));
}
