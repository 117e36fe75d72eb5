/** What an identifier names, judged by its words: an api_id, an api_hash, or neither. */
export type NameKind = 'id' | 'hash';

export interface NameInfo {
  kind: NameKind;
  /** `app_id`-style names are used by many services: they count only where the file speaks of Telegram. */
  needsTelegramContext: boolean;
}

const OTHER_SERVICES =
  /huawei|hms|agc|agconnect|firebase|mobilesdk|facebook|fb_|fbapp|wechat|weixin|wx_|onesignal|algolia|admob|google|gcm|fcm|msal|azure|aws|amplitude|appcenter|sentry|mixpanel|yandex|vk_|vkontakte|alipay|baidu|whatsapp|appsflyer|branch|bugsnag|crashlytics|flurry|adjust|unity|steam|discord|twitter|line_|kakao|naver|instagram|spotify|dropbox|github|gitlab|slack|stripe|paypal|oauth|openai|pushwoosh|mapbox/i;
const TELEGRAM_WORD = /telegram|tdesktop|^tg|_tg|tgx|^td_|tdlib|mtproto|testapp|offical/i;

/**
 * `word` is the keyword the scanner hit (`api_id`, `AppHash`, ...) and `identifier` the whole name around it.
 * Returns undefined for names of other services and for words that only contain the keyword by accident.
 */
export function classifyName(identifier: string, word: string): NameInfo | undefined {
  if (OTHER_SERVICES.test(identifier)) return undefined;
  const lower = word.toLowerCase();
  const kind: NameKind = lower.endsWith('hash') ? 'hash' : 'id';
  const isApp = lower.startsWith('app');
  return { kind, needsTelegramContext: isApp && !TELEGRAM_WORD.test(identifier) };
}

/** True where the keyword starts a word of the identifier: after a non-letter, or as a camelCase hump. */
export function startsWord(text: string, at: number): boolean {
  if (at === 0) return true;
  const prev = text.charCodeAt(at - 1);
  const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (!isLetter(prev)) return true;
  const cur = text.charCodeAt(at);
  const prevLower = prev >= 97 && prev <= 122;
  const curUpper = cur >= 65 && cur <= 90;
  return prevLower && curUpper;
}

const IDENT = /[A-Za-z0-9_.$\-]/;
const IDENT_TAIL = /[A-Za-z0-9_]/;

/** The full identifier around a keyword hit: `process.env.TELEGRAM_API_ID`, `-DTDESKTOP_API_ID`, `kApiId`. */
export function identifierAround(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  while (s > 0 && start - s < 80 && IDENT.test(text[s - 1])) s--;
  let e = end;
  while (e < text.length && e - end < 80 && IDENT_TAIL.test(text[e])) e++;
  return { start: s, end: e };
}
