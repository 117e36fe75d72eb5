import { describe, expect, test } from '@jest/globals';
import { normalise, saysUnofficialApiApp } from '../src/checks/listing/judge.js';
import { LANGUAGES, languageOf } from '../src/checks/listing/languages/index.js';

describe('each language suggests a sentence that passes its own statements (and no other language is needed)', () => {
  test.each(LANGUAGES.map((l) => [l.name, l] as const))('%s', (_name, language) => {
    const normalised = normalise(language.sentence);
    expect(language.statements.some((s) => s.test(normalised))).toBe(true);
  });
});

// Listings that tell the user the app is an unofficial one built on the Telegram API: each must pass.
const PASSING: Record<string, string[]> = {
  English: [
    'Nekogram is a third-party Telegram client with not many but useful modifications.',
    'An unofficial client for the Telegram messenger.',
    'This app uses the Telegram API.',
    "Built with Telegram's API and TDLib.",
    'MyGram is an open-source Telegram client.',
    'A free and open-source client for Telegram.',
    'An alternative Telegram app for Android.',
    'Based on the official Telegram for Android.',
    'A fork of Telegram FOSS with extra features.',
    'A Telegram-based messenger.',
    'This is NOT AN OFFICIAL Telegram app.',
    'Unofficial\u00a0Telegram\u2011client',
    '<b>Unofficial</b> Telegram client',
    '*Third‑party* app for Telegram',
  ],
  Russian: [
    'Неофициальный клиент Telegram для Android.',
    'Стороннее приложение для мессенджера Telegram.',
    'Альтернативный клиент Телеграма с открытым исходным кодом.',
    'Свободный клиент для Telegram.',
    'Telegram-клиент с открытым исходным кодом.',
    'Приложение основано на официальном клиенте Telegram.',
    'Форк Telegram с дополнительными функциями.',
    'Использует API Telegram.',
  ],
  Persian: [
    'یک کلاینت غیررسمی تلگرام.',
    'کلاینت تلگرام غیر\u200cرسمی با امکانات بیشتر.',
    'کلاینت متن\u200cباز تلگرام.',
    'این برنامه از API تلگرام استفاده می‌کند.',
    'بر پایه تلگرام ساخته شده است.',
    'یك كلاینت غيررسمي تلگرام.',
  ],
  Arabic: [
    'عميل غير رسمي لتيليجرام.',
    'تطبيق تيليجرام غير رسمي.',
    'تطبيق تيليغرام مفتوح المصدر.',
    'يستخدم واجهة برمجة تطبيقات تيليجرام.',
    'مبني على تلغرام الرسمي.',
  ],
  Spanish: ['Cliente no oficial de Telegram.', 'Un cliente de Telegram no oficial.', 'Cliente de código abierto para Telegram.', 'Usa la API de Telegram.', 'Basado en Telegram para Android.'],
  Portuguese: ['Cliente não oficial do Telegram.', 'Aplicativo de terceiros para o Telegram.', 'Cliente do Telegram de código aberto.', 'Usa a API do Telegram.', 'Baseado no Telegram oficial.'],
  German: ['Inoffizieller Telegram-Client.', 'Ein Telegram-Client von Drittanbietern.', 'Quelloffener Telegram-Client.', 'Nutzt die Telegram-API.', 'Basiert auf Telegram für Android.', 'Eine Telegram-basierte App.'],
  Chinese: ['非官方 Telegram 客户端。', 'Telegram 的第三方客户端。', '开源的 Telegram 客户端', '基于 Telegram 官方客户端开发。', '使用 Telegram API 的应用', '第三方電報客戶端'],
};

// Listings that name Telegram (or not) without saying the app is an unofficial one on its API: each must fail.
const FAILING: Record<string, string[]> = {
  English: [
    // Telegram for Android's own listing, which forks copy.
    'Telegram is a messaging app with a focus on speed and security.',
    // Telegram FOSS's: a client, but not said to be someone else's.
    'Client for the Telegram messaging platform. Several proprietary parts were removed from the original Telegram client.',
    // Telegram Desktop's: the API is Telegram's to offer, not this app's to use.
    'Telegram has a fully documented and free API for developers, open source apps and verifiable builds.',
    'The best alternative to Telegram and WhatsApp.',
    'A fast and secure messenger.',
    'Unofficial builds. Telegram is great.',
    'official telegram client',
  ],
  Russian: ['Telegram — самый быстрый мессенджер.', 'Клиент Telegram.', 'Лучшая альтернатива Telegram.'],
  Persian: ['تلگرام یک پیام رسان سریع است.', 'برنامه جایگزین تلگرام.'],
  Arabic: ['تيليجرام هو تطبيق مراسلة سريع.', 'عميل تيليجرام.'],
  Spanish: ['Telegram es una aplicación de mensajería.', 'Una alternativa a Telegram.'],
  Portuguese: ['Telegram é um aplicativo de mensagens.', 'Cliente do Telegram.'],
  German: ['Telegram ist ein Messenger.', 'Eine Alternative zu Telegram.'],
  Chinese: ['Telegram 是一款注重速度和安全的通讯应用。', 'Telegram 客户端。'],
};

describe('statements that pass', () => {
  test.each(Object.entries(PASSING).flatMap(([language, texts]) => texts.map((t) => [language, t] as const)))('%s: %s', (_language, text) => {
    expect(saysUnofficialApiApp(text)).toBe(true);
  });
});

describe('texts that do not say it', () => {
  test.each(Object.entries(FAILING).flatMap(([language, texts]) => texts.map((t) => [language, t] as const)))('%s: %s', (_language, text) => {
    expect(saysUnofficialApiApp(text)).toBe(false);
  });
});

test('a listing language comes from its locale folder; locales the check does not read have none', () => {
  expect(languageOf('ru-RU')?.name).toBe('Russian');
  expect(languageOf('pt_BR')?.name).toBe('Portuguese');
  expect(languageOf('fa-IR')?.name).toBe('Persian');
  expect(languageOf('zh-CN')?.name).toBe('Chinese (Simplified)');
  expect(languageOf('zh-Hant')?.name).toBe('Chinese (Traditional)');
  expect(languageOf('zh-TW')?.name).toBe('Chinese (Traditional)');
  expect(languageOf('en-US')?.name).toBe('English');
  expect(languageOf('de')?.name).toBe('German');
  expect(languageOf('pl-PL')).toBeUndefined();
  expect(languageOf('eng')).toBeUndefined();
});
