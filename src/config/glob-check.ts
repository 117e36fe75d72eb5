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
