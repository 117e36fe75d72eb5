import { statement, words, type Language } from './language.js';

const TELEGRAM = 'telegram';
const API = `(?:la )?api de ${TELEGRAM}|${TELEGRAM} api`;
const NOT_OFFICIAL = '(?:no oficial|extraoficial|de terceros)';
const OWN_KIND = '(?:de código abierto|de codigo abierto|libre|alternativ[oa]|independiente)';
const CLIENT = '(?:cliente|aplicación|aplicacion|app|mensajero)';
const DERIVED = '(?:basad[oa] en|derivad[oa] de|(?:un )?fork de|(?:una )?bifurcación de|(?:una )?versión modificada de)';

export const spanish: Language = {
  codes: ['es'],
  name: 'Spanish',
  sentence: 'Esta es una aplicación no oficial que usa la API de Telegram.',
  statements: [
    statement(`(?:${API})`),
    // "cliente no oficial de Telegram", "aplicación de terceros para Telegram"
    statement(NOT_OFFICIAL, ' ', words(3), TELEGRAM),
    // "cliente de Telegram no oficial"
    statement(TELEGRAM, ' ', words(1), NOT_OFFICIAL),
    // "cliente de código abierto para Telegram", "cliente de Telegram de código abierto"
    statement(CLIENT, ' ', words(1), OWN_KIND, ' (?:de|para) ', TELEGRAM),
    statement(CLIENT, ' (?:de|para) ', TELEGRAM, ' ', OWN_KIND),
    statement(DERIVED, ' ', words(2), TELEGRAM),
  ],
};
