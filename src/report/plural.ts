/** "1 error", "2 errors"; "1 repository", "2 repositories" with the plural given. */
export function plural(n: number, word: string, pluralWord = `${word}s`): string {
  return `${n} ${n === 1 ? word : pluralWord}`;
}
