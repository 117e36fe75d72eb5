import { chars, statementAnywhere, type Language } from './language.js';

// Simplified and Traditional characters alike; Latin words may or may not have spaces around them.
const TELEGRAM = '(?:telegram|电报|電報)';
const API = `${TELEGRAM} ?(?:的 ?)?(?:api|接口|应用程序接口|應用程式介面|应用程序编程接口)`;
const NOT_OFFICIAL = '(?:非官方|第三方)';
const OWN_KIND = '(?:开源|開源|开放源代码|開放原始碼|自由)';
const CLIENT = '(?:客户端|客戶端|用戶端|应用|應用|软件|軟體|app)';
const DERIVED = '(?:基于|基於|派生自|衍生自|分支自|修改自)';
const FORK = '(?:分支|修改版|衍生版|复刻版|複刻版)';

const statements = [
  statementAnywhere(API),
  // "非官方 Telegram 客户端", "Telegram 的第三方客户端"
  statementAnywhere(NOT_OFFICIAL, chars(8), TELEGRAM),
  statementAnywhere(TELEGRAM, chars(4), NOT_OFFICIAL),
  // "开源的 Telegram 客户端", "Telegram 开源客户端"
  statementAnywhere(OWN_KIND, chars(3), TELEGRAM, ' ?', CLIENT),
  statementAnywhere(TELEGRAM, chars(3), OWN_KIND, chars(2), CLIENT),
  // "基于 Telegram", "Telegram 的修改版"
  statementAnywhere(DERIVED, chars(6), TELEGRAM),
  statementAnywhere(TELEGRAM, chars(6), FORK),
];

export const simplifiedChinese: Language = {
  codes: ['zh'],
  name: 'Chinese (Simplified)',
  sentence: '这是一个使用 Telegram API 的非官方应用。',
  statements,
};

export const traditionalChinese: Language = {
  codes: ['zh-hant', 'zh-tw', 'zh-hk', 'zh-mo'],
  name: 'Chinese (Traditional)',
  sentence: '這是一個使用 Telegram API 的非官方應用程式。',
  statements,
};
