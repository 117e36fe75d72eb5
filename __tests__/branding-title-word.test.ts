import { describe, expect, test } from '@jest/globals';
import { suggestTitle } from '../src/checks/branding/messages.js';
import { maskPlaceholders } from '../src/checks/branding/placeholders.js';
import { offendingWords, telegramWords } from '../src/checks/branding/title-word.js';

const fails = (title: string) => offendingWords(maskPlaceholders(title)).length > 0;

describe('the word rule', () => {
  test.each([
    'Telegram',
    'Telegram Lite',
    'Plus for Telegram',
    'TelegramX',
    'MyTelegram',
    'telegram-lite',
    'TELEGRAM',
    'Unofficial-Telegram', // only whitespace may separate the two words
    'Unofficial_Telegram',
    'UnofficialTelegram',
    'Unofficial: Telegram',
    'Unofficial MyTelegram', // "Unofficial" is before "My", not before Telegram
    'NotUnofficial Telegram', // "Unofficial" must be a word of its own
    'Unofficial Telegram for Telegram', // the second one has no "Unofficial"
    'Unofficial ${flavor} Telegram', // a placeholder stands between them
    'Телеграм',
    'Телеграмм Плюс',
    'Неофициальный Телеграм', // the exception is the English word
    'тэлеграм',
    'تلگرام طلایی',
    'Теlеgrаm Lite', // Cyrillic look-alike letters
    'Ｔｅｌｅｇｒａｍ', // fullwidth
    'Tele\u200bgram', // an invisible character inside the word
    'Unofficial\u200bTelegram', // an invisible character is not whitespace
  ])('%s fails', (title) => {
    expect(fails(title)).toBe(true);
  });

  test.each([
    'Unofficial Telegram Lite',
    'unofficial telegram',
    'UNOFFICIAL TELEGRAM',
    'Unofficial  Telegram', // any whitespace, any amount
    'Unofficial\u00a0Telegram',
    '(Unofficial Telegram)',
    'Unofficial TelegramX', // the longer token starts with the word, right after "Unofficial"
    'Unofficial Телеграм',
    'Unofficial Теlеgrаm',
    'Graphogram',
    'Telegraph', // a different word
    'Telegra',
    '${productName}',
    '$(PRODUCT_NAME)',
    '${TELEGRAM_APP_NAME}', // placeholders are filled in at build time
    '@TELEGRAM_NAME@',
    '__MSG_telegramName__',
    'ms-resource:TelegramName',
    '',
  ])('%s passes', (title) => {
    expect(fails(title)).toBe(false);
  });

  test('finds each word with its place in the title as written', () => {
    const words = telegramWords('Unofficial Telegram for MyТеlеgrаm');
    expect(words.map((w) => [w.start, w.end, w.text, w.unofficial])).toEqual([
      [11, 19, 'Telegram', true],
      [26, 34, 'Теlеgrаm', false],
    ]);
    expect(telegramWords('Tele\u200bgram')[0]).toMatchObject({ start: 0, end: 9 });
  });

  test.each([
    ['Telegram Lite', 'Unofficial Telegram Lite'],
    ['Plus for Telegram', 'Plus for Unofficial Telegram'],
    ['TelegramX', 'Unofficial TelegramX'],
    ['MyTelegram', 'My Unofficial Telegram'],
    ['Unofficial-Telegram', 'Unofficial Telegram'],
    ['UnofficialTelegram', 'Unofficial Telegram'],
    ['Telegram Telegram', 'Unofficial Telegram Unofficial Telegram'],
  ])('suggests %s -> %s, which passes', (title, suggestion) => {
    expect(suggestTitle(title, offendingWords(title))).toBe(suggestion);
    expect(fails(suggestion)).toBe(false);
  });
});
