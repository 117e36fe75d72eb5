import { statement, words, type Language } from './language.js';

const TELEGRAM = 'telegram';
const API = `${TELEGRAM}[- ]?api|api (?:von|des) ${TELEGRAM}`;
const NOT_OFFICIAL = '(?:inoffiziell\\p{L}*|nicht[- ]offiziell\\p{L}*|kein\\p{L}* offiziell\\p{L}*|drittanbieter\\p{L}*)';
const OWN_KIND = '(?:quelloffen\\p{L}*|open[- ]source|freie\\p{L}*|alternativ\\p{L}*|unabhängig\\p{L}*)';
const CLIENT = '(?:client\\p{L}*|app\\p{L}*|anwendung\\p{L}*|messenger\\p{L}*)';
const DERIVED = '(?:basiert auf|basierend auf|auf basis (?:von|des)|abgeleitet (?:von|aus)|(?:ein )?fork (?:von|des)|(?:ein )?ableger (?:von|des)|modifizierte version (?:von|des))';

export const german: Language = {
  codes: ['de'],
  name: 'German',
  sentence: 'Dies ist eine inoffizielle App, die die Telegram-API nutzt.',
  statements: [
    statement(`(?:${API})`),
    // "inoffizieller Telegram-Client", "inoffizielle App für Telegram", "Drittanbieter-Client für Telegram"
    statement(NOT_OFFICIAL, '[- ]', words(3), TELEGRAM),
    // "ein Telegram-Client von Drittanbietern"
    statement(TELEGRAM, '-', CLIENT, ' (?:von|eines) drittanbieter'),
    // "quelloffener Telegram-Client", "freier Client für Telegram"
    statement(OWN_KIND, ' ', words(1), TELEGRAM, '[- ]', CLIENT),
    statement(OWN_KIND, '[- ]', words(1), CLIENT, ' (?:für|von) (?:den |die |das )?', TELEGRAM),
    statement(DERIVED, ' ', words(2), TELEGRAM),
    statement(TELEGRAM, '[- ]basiert'),
  ],
};
