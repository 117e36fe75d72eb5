// The ripgrep pattern set equivalent to the credentials check, read from the catalogue's source text
// (so the benchmark needs no build of src/ and always follows the catalogue).
import { readFileSync } from 'node:fs';

export function readCatalogue(catalogueTs) {
  const text = readFileSync(catalogueTs, 'utf8');
  const hashes = [...new Set([...text.matchAll(/apiHash:\s*'([0-9a-fA-F]{32})'/g)].map((m) => m[1].toLowerCase()))];
  const ids = [...new Set([...text.matchAll(/apiId:\s*(\d+)/g)].map((m) => m[1]))];
  if (hashes.length < 10 || ids.length < 10) throw new Error(`could not read the catalogue from ${catalogueTs} (${hashes.length} hashes, ${ids.length} ids)`);
  return { hashes, ids };
}

/**
 * One expression per line (rg -f): every catalogued hash; an api-id/api-hash name bound to a number, a 32-hex value
 * or a placeholder word (published ids, placeholders and private values alike, as the check's id-context does);
 * the test switches. Used with -i (the check is case-insensitive too). Each starts with (?-u): ASCII classes and word
 * boundaries, as the check uses; a Unicode \b makes rg's DFA give up on non-ASCII text (38 s instead of 1 s here).
 */
export function rgPatterns({ hashes }) {
  const name = `(?:api|app)[_.-]?`;
  const bind = `[\\w"'\\]]*[ \\t]*(?:[:=,|?(]|=>|:=|\\?\\?|\\|\\||:-)?[ \\t]*["'\`]?`;
  return [
    `\\b(?:${hashes.join('|')})\\b`,
    `${name}id${bind}\\d{1,10}\\b`,
    `${name}hash${bind}(?:[0-9a-f]{32}|[0-9a-z]{7,33})\\b`,
    `YOUR_(?:TELEGRAM_)?API_(?:ID|HASH)`,
    `TDESKTOP_API_TEST[ \\t]*[= ][ \\t]*(?:ON|1|TRUE|YES)\\b`,
    `\\b(?:use_?test_?dc|test_?mode|testServers)["']?[ \\t]*[:=(][ \\t]*(?:true|1)\\b`,
    `149\\.154\\.167\\.40`,
  ].map((p) => `(?-u)${p}`);
}
