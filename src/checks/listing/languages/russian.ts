import { statement, words, type Language } from './language.js';

// Telegram, Телеграм, Телеграмм and their cases (Телеграма, Телеграме).
const TELEGRAM = '(?:telegram|телеграмм?)';
const API = `(?:api|апи) ${TELEGRAM}|${TELEGRAM}[- ](?:api|апи)`;
const NOT_OFFICIAL = '(?:не ?официальн\\p{L}*|не является официальн\\p{L}*|сторонн\\p{L}*)';
const OWN_KIND = '(?:с открытым исходным кодом|открыт\\p{L}* (?:исходн\\p{L}* )?код\\p{L}*|альтернативн\\p{L}*|свободн\\p{L}*|независим\\p{L}*)';
const CLIENT = '(?:клиент\\p{L}*|приложени\\p{L}*|мессенджер\\p{L}*|программ\\p{L}*)';
const DERIVED = '(?:основан\\p{L}* на|на основе|на базе|форк\\p{L}*|модификаци\\p{L}*|ответвлени\\p{L}*)';

export const russian: Language = {
  codes: ['ru'],
  name: 'Russian',
  sentence: 'Это неофициальное приложение, которое использует Telegram API.',
  statements: [
    statement(`(?:${API})`),
    // "неофициальный клиент Telegram", "стороннее приложение для мессенджера Telegram"
    statement(NOT_OFFICIAL, ' ', words(3), TELEGRAM),
    // "альтернативный клиент Telegram", "свободный клиент для Telegram", "Telegram-клиент с открытым исходным кодом"
    statement(OWN_KIND, ' ', words(1), CLIENT, ' ', words(2), TELEGRAM),
    statement(OWN_KIND, ' ', words(1), TELEGRAM, '-', CLIENT),
    statement(CLIENT, ' ', words(2), TELEGRAM, '\\p{L}*(?:-\\p{L}+)? ', OWN_KIND),
    statement(TELEGRAM, '-', CLIENT, ' ', OWN_KIND),
    // "основан на Telegram", "на основе официального клиента Telegram", "форк Telegram"
    statement(DERIVED, ' ', words(2), TELEGRAM),
  ],
};
