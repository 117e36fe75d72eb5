import type { Level, RawFinding } from '../../findings.js';
import { readBinding, type Binding } from './binding.js';
import {
  PLACEHOLDER_GET_ONE,
  PLACEHOLDER_HASHES,
  PLACEHOLDER_IDS,
  PLACEHOLDER_WORDS,
  isPublic,
  type Catalogue,
  type PublishedCredential,
} from './catalogue.js';
import { findGuard, findOverride } from './context.js';
import { classifyName, identifierAround, startsWord } from './names.js';
import type { FileKind } from './file-kind.js';
import { LineIndex } from './line-index.js';

export interface ScanInput {
  text: string;
  /** Line number of text[0]. */
  line: number;
  /** Matches ending at or before this offset were reported for the previous chunk. */
  fresh: number;
  path: string;
  kind: FileKind;
}

// One pass finds every place worth a closer look: a 32-hex token, an api-id/api-hash keyword, or a test-DC switch.
const TRIGGER =
  /(?<![0-9A-Za-z])[0-9a-fA-F]{32}(?![0-9A-Za-z])|(?:api|app)[_.\-]?(?:id|hash)|TDESKTOP_API_TEST|use_?test_?dc|test_?mode|testServers|149\.154\.167\.40/gi;
const HEX32 = /^[0-9a-fA-F]{32}$/;
const DIGITS = /^\d{1,10}$/;
const TELEGRAM_CONTEXT = /telegram|tdesktop|tdlib|mtproto|api_?hash|app_?hash|apphash|pyrogram|telethon|gramjs|BuildVars|gotd/i;
const SPECIAL_VALUES = [PLACEHOLDER_GET_ONE, '[API_ID]', '[API_HASH]'];
const TEST_DC_ON = /^[ \t"']*(?:[:=]|\(|[ \t])[ \t]*(?:true|1)\b/i;
const API_TEST_ON = /^[ \t]*(?:=|[ \t])[ \t]*(?:ON|1|TRUE|YES)\b/i;

export function scanCredentials(input: ScanInput, catalogue: Catalogue): RawFinding[] {
  const { text } = input;
  const lines = new LineIndex(text, input.line);
  const out: RawFinding[] = [];
  const boundHashes = new Map<number, { name: string; binding: Binding }>();
  let telegramContext: boolean | undefined;
  const inTelegramContext = () => (telegramContext ??= TELEGRAM_CONTEXT.test(text));

  const emit = (f: Omit<RawFinding, 'line' | 'column' | 'path' | 'lineText' | 'previousLineText'>, offset: number, end: number) => {
    if (end <= input.fresh) return;
    const loc = lines.locate(offset);
    out.push({ ...f, path: input.path, line: loc.line, column: loc.column, lineText: loc.lineText, previousLineText: loc.previousLineText });
  };

  TRIGGER.lastIndex = 0;
  for (let m = TRIGGER.exec(text); m; m = TRIGGER.exec(text)) {
    const hit = m[0];
    const at = m.index;
    if (hit.length === 32 && HEX32.test(hit)) {
      const published = catalogue.byHash.get(hit.toLowerCase());
      if (published) emitPublishedHash(hit, at, published, boundHashes.get(at));
      continue;
    }
    const lower = hit.toLowerCase();
    if (lower === 'tdesktop_api_test') onApiTest(at, hit);
    else if (lower.startsWith('api') || lower.startsWith('app')) onName(at, hit);
    else onTestDc(at, hit);
  }
  return out;

  function onName(at: number, word: string): void {
    if (!startsWord(text, at)) return;
    const ident = identifierAround(text, at, at + word.length);
    const identifier = text.slice(ident.start, ident.end);
    const name = classifyName(identifier, word);
    if (!name || PLACEHOLDER_WORDS.has(identifier)) return;
    const binding = readBinding(text, ident.end, SPECIAL_VALUES);
    if (!binding) return;
    const { value, valueStart } = binding;
    const valueEnd = valueStart + value.length;
    if (name.kind === 'hash') {
      if (HEX32.test(value) && catalogue.byHash.has(value.toLowerCase())) {
        boundHashes.set(valueStart, { name: identifier, binding });
        return;
      }
      const placeholder = PLACEHOLDER_HASHES.get(value.toLowerCase()) ?? PLACEHOLDER_WORDS.get(value) ?? (value === PLACEHOLDER_GET_ONE ? 'library docs' : undefined);
      if (placeholder) return emitPlaceholder(identifier, value, placeholder, valueStart, valueEnd);
      if (HEX32.test(value) && !input.kind.docs) {
        emit(
          {
            ruleId: 'hardcoded-api-credentials',
            level: 'warning',
            message: `${identifier} holds an api_hash written in the source (${value}): keep your own api_hash in a CI secret or a git-ignored file, not in the code.`,
            key: `${identifier}=${value}`,
            secrets: [value],
          },
          valueStart,
          valueEnd,
        );
      } else if (HEX32.test(value)) {
        emit(
          {
            ruleId: 'hardcoded-api-credentials',
            level: 'warning',
            message: `The documentation shows an api_hash (${value}) for ${identifier}: if it is a real one, revoke it and show a placeholder instead.`,
            key: `${identifier}=${value}`,
            secrets: [value],
          },
          valueStart,
          valueEnd,
        );
      }
      return;
    }
    if (DIGITS.test(value)) {
      const id = Number(value);
      const published = catalogue.byId.get(id);
      if (published) return emitPublishedId(identifier, value, published, binding, valueEnd);
      const placeholder = PLACEHOLDER_IDS.get(value);
      if (placeholder) return emitPlaceholder(identifier, value, placeholder, valueStart, valueEnd);
      if (id === 0 || input.kind.docs) return;
      if (name.needsTelegramContext && !inTelegramContext()) return;
      if (!name.needsTelegramContext && !inTelegramContext() && !/api[_.\-]?id/i.test(identifier)) return;
      emit(
        {
          ruleId: 'hardcoded-api-credentials',
          level: 'warning',
          message: `${identifier} is set to ${value} in the source${binding.fallback ? ' as a fallback default' : ''}: pass your api_id from a CI secret or a git-ignored file instead.`,
          key: `${identifier}=${value}`,
        },
        valueStart,
        valueEnd,
      );
      return;
    }
    const source = PLACEHOLDER_WORDS.get(value) ?? (SPECIAL_VALUES.includes(value) ? 'library docs' : undefined);
    if (source) emitPlaceholder(identifier, value, source, valueStart, valueEnd);
  }

  function emitPublishedHash(hash: string, at: number, c: PublishedCredential, bound?: { name: string; binding: Binding }): void {
    const end = at + hash.length;
    const pairedId = c.apiId !== undefined && lines.lineContainsNumber(at, c.apiId) ? ` with its api_id ${c.apiId}` : '';
    const how = bound ? usage(bound.name, bound.binding, at) : '';
    emit(
      {
        ruleId: 'published-api-credentials',
        level: publishedLevel(),
        message: `${describe(c, true)} api_hash ${hash}${pairedId} is in this file${how}. ${origin(c)}`,
        key: `hash:${hash.toLowerCase()}`,
        secrets: isPublic(c) ? undefined : [hash],
        value: hash.toLowerCase(),
      },
      at,
      end,
    );
  }

  function emitPublishedId(identifier: string, value: string, c: PublishedCredential, binding: Binding, end: number): void {
    emit(
      {
        ruleId: 'published-api-credentials',
        level: publishedLevel(),
        message: `${identifier} is set to ${describe(c, false)} api_id ${value}${usage(identifier, binding, binding.valueStart)}. ${origin(c)}`,
        key: `${identifier}=${value}`,
      },
      binding.valueStart,
      end,
    );
  }

  function emitPlaceholder(identifier: string, value: string, source: string, start: number, end: number): void {
    if (input.kind.docs) return;
    emit(
      {
        ruleId: 'placeholder-api-credentials',
        level: 'warning',
        message: `${identifier} is set to ${JSON.stringify(value)}, a placeholder from ${source}: the app cannot log in with it (API_ID_INVALID). Pass your own value from a CI secret or a git-ignored file.`,
        key: `${identifier}=${value}`,
      },
      start,
      end,
    );
  }

  function onApiTest(at: number, word: string): void {
    const after = text.slice(at + word.length, at + word.length + 16);
    const on = API_TEST_ON.exec(after);
    if (!on) return;
    const c = catalogue.byId.get(17349);
    const release = input.kind.release;
    emit(
      {
        ruleId: 'published-api-credentials',
        level: release ? 'error' : 'warning',
        message: `${word} is turned on${release ? ' in a release build' : ''}: Telegram Desktop then builds with its test credentials (api_id 17349, api_hash ${c?.apiHash ?? ''}), which are limited on the server. ${origin(c)}`,
        key: `${word}=ON`,
      },
      at,
      at + word.length + on[0].length,
    );
  }

  function onTestDc(at: number, word: string): void {
    if (input.kind.test || input.kind.docs) return;
    if (!startsWord(text, at) && word !== '149.154.167.40') return;
    let end = at + word.length;
    if (word !== '149.154.167.40') {
      const after = TEST_DC_ON.exec(text.slice(end, end + 24));
      if (!after) return;
      end += after[0].length;
    }
    emit(
      {
        ruleId: 'test-dc-in-release',
        level: 'warning',
        message:
          word === '149.154.167.40'
            ? `149.154.167.40 is Telegram's test data center: a release that connects to it cannot log users in.`
            : `${text.slice(at, end).trim()} switches to Telegram's test data centers outside test code: a release built with it cannot log users in.`,
        key: text.slice(at, end),
      },
      at,
      end,
    );
  }

  function publishedLevel(): Level {
    return input.kind.docs ? 'warning' : 'error';
  }

  function usage(identifier: string, binding: Binding, valueStart: number): string {
    const notes: string[] = [];
    if (binding.fallback) notes.push(' as a fallback default (used whenever the variable or secret is missing)');
    const guard = findGuard(text, valueStart);
    if (guard) notes.push(`; guarded (${guard}), counted as shipped until guard analysis lands`);
    const override = findOverride(text, valueStart + binding.value.length, identifier);
    if (override) notes.push(`; overridden later by \`${override.statement}\` at line ${lines.locate(override.offset).line}, counted as shipped until override analysis lands`);
    return notes.join('');
  }
}

function describe(c: PublishedCredential, capital: boolean): string {
  const text = {
    sample: 'the sample',
    official: "an official Telegram app's",
    'official (reported)': "an official Telegram app's",
    'third-party': 'a published third-party',
    'third-party (reported)': 'a published third-party',
    team: 'your never-ship',
  }[c.kind];
  return capital ? text[0].toUpperCase() + text.slice(1) : text;
}

function origin(c: PublishedCredential | undefined): string {
  if (!c) return '';
  return c.kind === 'team' ? `Listed in ${c.origin}.` : `Published by ${c.origin}.`;
}
