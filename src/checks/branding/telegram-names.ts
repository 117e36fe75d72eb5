/**
 * How "Telegram" is written in app titles. Latin spellings are matched after folding look-alike letters (Cyrillic
 * "Теlеgrаm", fullwidth "Ｔｅｌｅｇｒａｍ"); the others in their own script, lower-cased. Each is a stem: inflections
 * ("Телеграмм", "Телеграма") and longer tokens ("TelegramX") contain it.
 */
export const LATIN_NAME = 'telegram';

export const OTHER_SCRIPT_NAMES: readonly { stem: string; script: string }[] = [
  { stem: 'телеграм', script: 'Cyrillic (Russian, Ukrainian, Serbian, Kazakh...)' },
  { stem: 'тэлеграм', script: 'Cyrillic (Belarusian)' },
  { stem: 'تلگرام', script: 'Persian' },
  { stem: 'تلغرام', script: 'Arabic' },
  { stem: 'تيليجرام', script: 'Arabic' },
  { stem: 'تليجرام', script: 'Arabic' },
  { stem: 'טלגרם', script: 'Hebrew' },
  { stem: 'टेलीग्राम', script: 'Devanagari' },
  { stem: 'テレグラム', script: 'Japanese' },
  { stem: '텔레그램', script: 'Korean' },
];

/** Letters of other scripts drawn like the Latin letters of "telegram". */
export const LOOKALIKES: Readonly<Record<string, string>> = {
  Т: 'T', т: 't', Е: 'E', е: 'e', г: 'r', А: 'A', а: 'a', М: 'M', Ԍ: 'G', ԍ: 'g',
  Τ: 'T', Ε: 'E', Α: 'A', Μ: 'M', α: 'a',
};

/** Characters that do not show: a title with them inside the word still reads "Telegram". */
export const INVISIBLE = /[\u00ad\u034f\u180e\u200b-\u200f\u2060-\u2064\ufeff]/;
