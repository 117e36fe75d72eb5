import { arabic } from './arabic.js';
import { simplifiedChinese, traditionalChinese } from './chinese.js';
import { english } from './english.js';
import { german } from './german.js';
import type { Language } from './language.js';
import { persian } from './persian.js';
import { portuguese } from './portuguese.js';
import { russian } from './russian.js';
import { spanish } from './spanish.js';

export const LANGUAGES: readonly Language[] = [english, russian, persian, arabic, spanish, portuguese, german, simplifiedChinese, traditionalChinese];
export { english };

/**
 * The language of a locale folder (`ru-RU`, `pt_BR`, `zh-Hant`, `fa`): the one with the longest code it starts with,
 * or undefined when the check does not read that language.
 */
export function languageOf(locale: string): Language | undefined {
  const tag = locale.toLowerCase().replace(/_/g, '-');
  let best: { language: Language; length: number } | undefined;
  for (const language of LANGUAGES) {
    for (const code of language.codes) {
      if ((tag === code || tag.startsWith(`${code}-`)) && (!best || code.length > best.length)) best = { language, length: code.length };
    }
  }
  return best?.language;
}
