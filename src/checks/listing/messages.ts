import { english } from './languages/index.js';
import type { Language } from './languages/language.js';
import { LAYOUT_NAMES, type ListingLayout } from './select.js';

/** What a listing that fails lacks, and the sentence to add in its own language (and in English, for the reader). */
export function listingMessage(layout: ListingLayout, locale: string | undefined, language: Language): string {
  const forLocale = locale === undefined ? '' : locale === 'default' ? ' (default for every language)' : ` for ${locale}`;
  const where = `The ${LAYOUT_NAMES[layout]}${forLocale}`;
  const add =
    language === english
      ? `Add near its start: "${english.sentence}"`
      : `Add near its start, in ${language.name}: "${language.sentence}" (in English: "${english.sentence}")`;
  return `${where} does not say that this is an unofficial app that uses the Telegram API. ${add}`;
}

/** Why a listing in a language the check does not read is listed as skipped: one reason for all, so they group. */
export const UNREAD_LANGUAGE = 'store listing in a language this check does not read, with no statement in English or another language it reads: not judged';
