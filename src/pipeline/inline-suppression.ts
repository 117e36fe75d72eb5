const DIRECTIVE = /tg-compliance:(allow-next-line|allow)\b([^\n]*)/;

export interface InlineSuppression {
  reason: string;
}

/**
 * `tg-compliance:allow [rule-id ...] [-- reason]` on the finding's line, or `tg-compliance:allow-next-line ...` on
 * the line before. Without rule ids it covers every rule.
 */
export function inlineSuppression(ruleId: string, lineText?: string, previousLineText?: string): InlineSuppression | undefined {
  return match(ruleId, lineText, 'allow') ?? match(ruleId, previousLineText, 'allow-next-line');
}

function match(ruleId: string, text: string | undefined, kind: 'allow' | 'allow-next-line'): InlineSuppression | undefined {
  if (!text) return undefined;
  const m = DIRECTIVE.exec(text);
  if (!m || m[1] !== kind) return undefined;
  const [spec, ...reasonParts] = m[2].split('--');
  const rules = spec.split(/[\s,]+/).filter((w) => /^[a-z][a-z-]+$/.test(w));
  if (rules.length > 0 && !rules.includes(ruleId)) return undefined;
  const reason = reasonParts.join('--').trimEnd().replace(/(?:\*\/|-->|#>)$/, '').trim();
  return { reason: reason || 'inline allow comment' };
}
