import { statement, words, type Language } from './language.js';

const TELEGRAM = 'telegram';
const API = `${TELEGRAM}(?:'s)?[- ](?:bot |client |core |mtproto )?api|api (?:of|from|by) (?:the )?${TELEGRAM}`;
// On their own these say the app is not Telegram's: "an unofficial client for Telegram".
const NOT_OFFICIAL = "(?:unofficial|non-official|not an? official|not the official|third[- ]party|3rd[- ]party)";
// These say it only together with a client noun: "an alternative to Telegram" is another messenger.
const OWN_KIND = '(?:open[- ]source|free and open[- ]source|foss|free software|alternative|independent|community[- ](?:made|driven|built))';
const CLIENT = '(?:clients?|apps?|application|messenger|front-?end)';
const DERIVED = '(?:based on|built on(?: top of)?|powered by|(?:a )?fork(?:ed)? (?:of|from)|derived from|(?:a )?modified version of|(?:a )?modification of)';

export const english: Language = {
  codes: ['en'],
  name: 'English',
  sentence: 'This is an unofficial app that uses the Telegram API.',
  statements: [
    statement(`(?:${API})`),
    statement(NOT_OFFICIAL, ' ', words(3), TELEGRAM),
    statement(OWN_KIND, ' ', words(1), TELEGRAM, '[- ]', CLIENT),
    statement(OWN_KIND, ' ', words(1), CLIENT, ' (?:for|of) (?:the )?', TELEGRAM),
    statement(DERIVED, ' (?:the )?(?:official |original )?', TELEGRAM),
    statement(TELEGRAM, '[- ]based'),
  ],
};
