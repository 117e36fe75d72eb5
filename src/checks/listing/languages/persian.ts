import { statement, words, type Language } from './language.js';

// Persian is often typed with the Arabic forms of yeh and kaf (ي, ك): both are accepted. The zero-width non-joiner
// inside words (غیر‌رسمی, متن‌باز) is a space after normalisation.
const TELEGRAM = '(?:telegram|تلگرام)';
const API = `(?:api|ای ?پی ?آی|رابط برنامه ?نو[یي]س[یي]) (?:رسم[یي] )?${TELEGRAM}|${TELEGRAM} api`;
const NOT_OFFICIAL = '(?:غ[یي]ر ?رسم[یي]|شخص ثالث)';
const OWN_KIND = '(?:متن ?باز|منبع ?باز|آزاد)';
const CLIENT = '(?:[کك]لا[یي]نت|برنامه|اپل[یي][کك][یي]شن|اپ|نرم ?افزار|پ[یي]ام ?رسان)';
const DERIVED = '(?:بر پا[یي]ه|بر اساس|مبتن[یي] بر|بر مبنا[یي]|فور[کك]|نسخه تغ[یي][یي]ر ?[یي]افته)';

export const persian: Language = {
  codes: ['fa'],
  name: 'Persian',
  sentence: 'این یک برنامه غیررسمی است که از API تلگرام استفاده می‌کند.',
  statements: [
    statement(`(?:${API})`),
    // "کلاینت غیررسمی تلگرام", "کلاینت تلگرام غیررسمی"
    statement(NOT_OFFICIAL, ' ', words(2), TELEGRAM),
    statement(TELEGRAM, ' ', words(2), NOT_OFFICIAL),
    // "کلاینت متن‌باز تلگرام", "کلاینت تلگرام متن‌باز"
    statement(CLIENT, ' ', words(1), OWN_KIND, ' ', words(1), TELEGRAM),
    statement(CLIENT, ' ', words(1), TELEGRAM, ' ', words(1), OWN_KIND),
    // "بر پایه تلگرام", "مبتنی بر کلاینت رسمی تلگرام"
    statement(DERIVED, ' ', words(2), TELEGRAM),
  ],
};
