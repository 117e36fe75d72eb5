import { statement, words, type Language } from './language.js';

// تيليجرام, تيليغرام, تليجرام, تلغرام, تلجرام... with a joined preposition or article (لتيليجرام, والتيليجرام).
const TELEGRAM = '(?:[لوبف]|ال|لل)?(?:telegram|ت[يی]?ل[يی]?[جغكگ]رام)';
const API = `(?:api|واجهة برمجة (?:ال)?تطبيقات|(?:ال)?واجهة (?:ال)?برمجية) ${words(1)}${TELEGRAM}|${TELEGRAM} api`;
const NOT_OFFICIAL = '(?:غير (?:ال)?رسمي\\p{L}*|(?:ال)?طرف (?:ال)?ثالث|جهة خارجية)';
const OWN_KIND = '(?:مفتوح\\p{L}* المصدر)';
const CLIENT = '(?:(?:ال)?(?:عميل|تطبيق|برنامج|نسخة)\\p{L}*)';
const DERIVED = '(?:مبن[يى]\\p{L}* على|[يت]عتمد على|قائم\\p{L}* على|مستند\\p{L}* (?:إلى|على)|نسخة معدلة من|مشتق\\p{L}* من|متفرع\\p{L}* من)';

export const arabic: Language = {
  codes: ['ar'],
  name: 'Arabic',
  sentence: 'هذا تطبيق غير رسمي يستخدم واجهة برمجة تطبيقات تيليجرام (Telegram API).',
  statements: [
    statement(`(?:${API})`),
    // "عميل غير رسمي لتيليجرام", "تطبيق تيليجرام غير رسمي", "تطبيق طرف ثالث لتيليجرام"
    statement(NOT_OFFICIAL, ' ', words(2), TELEGRAM),
    statement(TELEGRAM, ' ', words(2), NOT_OFFICIAL),
    // "عميل مفتوح المصدر لتيليجرام", "تطبيق تيليجرام مفتوح المصدر"
    statement(CLIENT, ' ', words(1), OWN_KIND, ' ', words(1), TELEGRAM),
    statement(CLIENT, ' ', words(1), TELEGRAM, ' ', words(1), OWN_KIND),
    // "مبني على تيليجرام"
    statement(DERIVED, ' ', words(2), TELEGRAM),
  ],
};
