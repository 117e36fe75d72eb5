/**
 * What is wrong with a glob that the matchers would silently take as a literal name and never match: an unclosed
 * `[` or `{`. Undefined when it is well formed. (fast-glob and ignore accept anything, so a typo would pass unseen.)
 */
export function globProblem(glob: string): string | undefined {
  if (glob.trim() === '') return 'an empty pattern';
  let braces = 0;
  let classStart = -1;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (classStart >= 0) {
      // `]` right after `[` or `[!` is part of the class, as in git and bash.
      if (c === ']' && i > classStart + 1 && !(i === classStart + 2 && (glob[classStart + 1] === '!' || glob[classStart + 1] === '^'))) classStart = -1;
      continue;
    }
    if (c === '[') classStart = i;
    else if (c === '{') braces++;
    else if (c === '}' && braces > 0) braces--;
  }
  if (classStart >= 0) return `"[" at character ${classStart + 1} is never closed (write \\[ for a literal bracket)`;
  if (braces > 0) return `a "{" is never closed (write \\{ for a literal brace)`;
  return undefined;
}

/** More patterns than any real artifacts glob needs; fast-glob would build every one in memory (22 `{a,b}` groups: 3 GB). */
export const MAX_BRACE_EXPANSIONS = 1024;
/** Deeper nesting than any real glob; the expansion (and its count) recurse once per level. */
const MAX_BRACE_DEPTH = 32;

/** An artifacts glob's problem: a malformed pattern, or `{…}` groups that expand to more than MAX_BRACE_EXPANSIONS patterns. */
export function artifactGlobProblem(glob: string): string | undefined {
  const problem = globProblem(glob);
  if (problem) return problem;
  if (braceDepth(glob) > MAX_BRACE_DEPTH) return `its {…} groups nest more than ${MAX_BRACE_DEPTH} deep`;
  const n = braceExpansions(glob);
  return n > MAX_BRACE_EXPANSIONS ? `its {…} groups expand to ${n.toLocaleString('en-US')} patterns, more than the ${MAX_BRACE_EXPANSIONS.toLocaleString('en-US')} allowed` : undefined;
}

/**
 * How many patterns a glob's `{a,b}` lists and `{1..9}` / `{a..z}` ranges expand to, nested or in a row, counted
 * without expanding anything (the count saturates at Number.MAX_SAFE_INTEGER). A `{` never closed is a literal.
 */
export function braceExpansions(glob: string): number {
  let i = 0;
  const cap = (n: number) => Math.min(n, Number.MAX_SAFE_INTEGER);
  // A run of text and groups, up to a `,` or `}` of the group it is in: the product of its groups.
  const sequence = (inGroup: boolean): number => {
    let product = 1;
    while (i < glob.length) {
      const c = glob[i];
      if (c === '\\') i += 2;
      else if (inGroup && (c === ',' || c === '}')) break;
      else if (c === '{') {
        i++;
        product = cap(product * group());
      } else i++;
    }
    return product;
  };
  // After a `{`: the sum of its alternatives, or the length of its range.
  const group = (): number => {
    const start = i;
    let sum = 0;
    let alternatives = 0;
    for (;;) {
      sum = cap(sum + sequence(true));
      alternatives++;
      if (i >= glob.length) return 1;
      if (glob[i++] === '}') break;
    }
    return alternatives === 1 ? rangeLength(glob.slice(start, i - 1)) : sum;
  };
  return sequence(false);
}

const RANGE = /^(-?\d+|[A-Za-z])\.\.(-?\d+|[A-Za-z])(?:\.\.(-?\d+))?$/;

function rangeLength(body: string): number {
  const m = RANGE.exec(body);
  if (!m) return 1;
  const value = (s: string) => (/\d/.test(s) ? Number(s) : s.charCodeAt(0));
  const step = Math.abs(Number(m[3] ?? 1)) || 1;
  return Math.floor(Math.abs(value(m[2]) - value(m[1])) / step) + 1;
}

function braceDepth(glob: string): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < glob.length; i++) {
    if (glob[i] === '\\') i++;
    else if (glob[i] === '{') deepest = Math.max(deepest, ++depth);
    else if (glob[i] === '}' && depth > 0) depth--;
  }
  return deepest;
}
