import { statement, words, type Language } from './language.js';

const TELEGRAM = 'telegram';
const API = `(?:a )?api (?:do|de) ${TELEGRAM}|${TELEGRAM} api`;
const NOT_OFFICIAL = '(?:não[- ]oficial|nao[- ]oficial|de terceiros)';
const OWN_KIND = '(?:de código aberto|de codigo aberto|livre|alternativ[oa]|independente)';
const CLIENT = '(?:cliente|aplicativo|aplicação|aplicacao|app|mensageiro)';
const DERIVED = '(?:basead[oa] (?:em|no)|derivad[oa] (?:de|do)|(?:um )?fork (?:de|do)|(?:uma )?versão modificada (?:de|do))';

export const portuguese: Language = {
  codes: ['pt'],
  name: 'Portuguese',
  sentence: 'Este é um aplicativo não oficial que usa a API do Telegram.',
  statements: [
    statement(`(?:${API})`),
    // "cliente não oficial do Telegram", "aplicativo de terceiros para o Telegram"
    statement(NOT_OFFICIAL, ' ', words(3), TELEGRAM),
    // "cliente do Telegram não oficial"
    statement(TELEGRAM, ' ', words(1), NOT_OFFICIAL),
    // "cliente de código aberto para o Telegram", "cliente do Telegram de código aberto"
    statement(CLIENT, ' ', words(1), OWN_KIND, ' (?:de|do|para|para o) ', TELEGRAM),
    statement(CLIENT, ' (?:de|do|para|para o) ', TELEGRAM, ' ', OWN_KIND),
    statement(DERIVED, ' ', words(2), TELEGRAM),
  ],
};
