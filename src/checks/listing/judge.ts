import { LANGUAGES } from './languages/index.js';

/**
 * The listing's text as the statements read it: lower case, markup and emphasis dropped, Arabic diacritics and
 * tatweel dropped, every run of spaces (the Persian zero-width non-joiner too) one space, dashes and apostrophes
 * in their ASCII form.
 */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/<[^<>]{0,200}>/g, ' ')
    .replace(/[\u064b-\u065f\u0670\u0640]/g, '')
    .replace(/[\u2010\u2011]/g, '-')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[*_~`]/g, ' ')
    .replace(/[\s\u200b\u200c\u200d\u2060\ufeff]+/g, ' ');
}

/**
 * Whether a listing says the app is an unofficial one built on the Telegram API, in any language the check reads:
 * a statement in English (or any other of them) counts in every listing, whatever its locale folder says.
 */
export function saysUnofficialApiApp(text: string): boolean {
  const normalised = normalise(text);
  return LANGUAGES.some((language) => language.statements.some((s) => s.test(normalised)));
}
