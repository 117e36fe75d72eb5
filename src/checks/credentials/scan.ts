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
import { findGuard, OverrideIndex, type Guard } from './context.js';
import { classifyName, identifierAround, startsWord } from './names.js';
import type { FileKind } from '../../files/file-kind.js';
import { LineIndex } from './line-index.js';
import { owns } from '../../files/chunk-window.js';

export interface ScanInput {
  text: string;
  /** Line number of text[0]. */
  line: number;
  /** Characters of text[0]'s line before text[0] (0 unless a chunk starts inside a long line). */
  column?: number;
  /** The chunk owns the findings located in [from, limit) (ChunkWindow); `from` is 0 for a whole text. */
  from?: number;
  limit: number;
  /** The text holds UTF-8 bytes one character each (see TextChunk). */
  bytes?: boolean;
  path: string;
  kind: FileKind;
  /** The file builds a release: a release path, or a workflow run on release or tag events. */
  release: boolean;
}

// Three cheap passes find the places worth a closer look. Each is a pattern V8 scans fast on its own (spelt-out
// letter cases instead of the `i` flag; no alternation with character classes up front): combined, they are
// several times slower. The catalogued hashes are matched as literals (Catalogue.hashPattern). The prefilter
// (prefilter/kernel.wat) knows the fingerprint of each: change them together.
export const NAME_TRIGGER = /[Aa][Pp][IiPp][_.\-]?(?:[Ii][Dd]|[Hh][Aa][Ss][Hh])/g;
export const SWITCH_TRIGGER = /[Tt][Ee][Ss][Tt](?:_?[Mm][Oo][Dd][Ee]|_?[Dd][Cc]|[Ss]ervers)|TDESKTOP_API_TEST|149\.154\.167\.40/g;
const HEX32 = /^[0-9a-fA-F]{32}$/;
// An integer literal as the languages write one: 2040, 2040L, 1_025_907, 0x7F8 (an api_id fits in 32 bits).
const INTEGER_LITERAL = /^(?:0[xX]([0-9a-fA-F](?:_?[0-9a-fA-F]){0,7})|([0-9](?:_?[0-9]){0,9}))(?:[uU]?[lL]{0,2}|[lL]{1,2}[uU]?)$/;

/** The number an integer literal stands for, or undefined for anything else. */
function integerLiteral(value: string): number | undefined {
  const m = INTEGER_LITERAL.exec(value);
  if (!m) return undefined;
  return m[1] !== undefined ? Number.parseInt(m[1].replaceAll('_', ''), 16) : Number(m[2].replaceAll('_', ''));
}
// Ids this short are common in other code (enum members, other services' app ids); longer ones are distinctive.
const SMALL_ID = 10_000;
const TELEGRAM_CONTEXT = /telegram|tdesktop|tdlib|mtproto|api_?hash|app_?hash|apphash|pyrogram|telethon|gramjs|BuildVars|gotd/i;
const SPECIAL_VALUES = [PLACEHOLDER_GET_ONE, '[API_ID]', '[API_HASH]'];
const TEST_DC_ADDRESS = '149.154.167.40';
// The docs' placeholder hashes that look like real ones (32 hex digits): found even when passed without a name.
export const POSITIONAL_PLACEHOLDERS = [...PLACEHOLDER_HASHES.keys()].filter((h) => /^[0-9a-f]{32}$/.test(h));
// The end of a client constructor's arguments before a positional api_hash: `Client("name", 12345, "`.
const CLIENT_CALL = /(\w{0,40}Client)[ \t]*\([^,()\n]{0,80},[ \t]*\d{1,10}[ \t]*,[ \t]*["']$/;
// Telegram's production data centers (DC1-DC5, IPv4), as the official clients list them.
const PRODUCTION_DC = /149\.154\.175\.(?:5[0-9]|100)|149\.154\.167\.(?:5[01]|9[12])|91\.108\.56\.\d/;
const TEST_DC_NAMES = new Set(['usetestdc', 'testmode', 'testservers']);
const TEST_DC_ON = /^[ \t"']*(?:[:=]|\(|[ \t])[ \t]*(?:true|1)\b/i;
const API_TEST_ON = /^[ \t]*(?:=|[ \t])[ \t]*(?:ON|1|TRUE|YES)\b/i;

/** A credentials finding, with the build switch that guards it, so that a release turning the switch on can count it. */
export interface CredentialFinding extends RawFinding {
  guardSwitch?: string;
  /** A release build turns this switch on (TDESKTOP_API_TEST=ON in a release workflow). */
  switchOnInRelease?: string;
  /** The value is one of the team's own (`credentials.extra`), not a published one. */
  team?: boolean;
}

export function scanCredentials(input: ScanInput, catalogue: Catalogue): CredentialFinding[] {
  const { text } = input;
  const lines = new LineIndex(text, input.line, input.column ?? 0, input.bytes);
  const out: CredentialFinding[] = [];
  const boundHashes = new Map<number, { name: string; binding: Binding }>();
  let telegramContext: boolean | undefined;
  const overrides = new OverrideIndex(text);
  // Overrides come after their values: their own index keeps `lines` moving forward only.
  const overrideLines = new LineIndex(text, input.line, input.column ?? 0, input.bytes);
  const guards = new Map<number, Guard | undefined>();
  const inTelegramContext = () => (telegramContext ??= TELEGRAM_CONTEXT.test(text) || TELEGRAM_CONTEXT.test(input.path));
  const comparedOnly = new Map<string, boolean>();
  let hasProductionDc: boolean | undefined;

  const emit = (f: Omit<CredentialFinding, 'line' | 'column' | 'path' | 'lineText' | 'previousLineText'>, offset: number) => {
    if (!owns({ from: input.from ?? 0, limit: input.limit }, offset)) return;
    const loc = lines.locate(offset);
    out.push({ ...f, path: input.path, line: loc.line, column: loc.column, lineText: loc.lineText, previousLineText: loc.previousLineText });
  };

  for (const m of text.matchAll(NAME_TRIGGER)) onName(m.index, m[0]);
  for (const m of text.matchAll(catalogue.hashPattern)) {
    const at = m.index;
    if (isAlnum(text.charCodeAt(at - 1)) || isAlnum(text.charCodeAt(at + 32))) continue;
    emitPublishedHash(m[0], at, catalogue.byHash.get(m[0])!, boundHashes.get(at));
  }
  if (!input.kind.docs) for (const hash of POSITIONAL_PLACEHOLDERS) for (let at = text.indexOf(hash); at !== -1; at = text.indexOf(hash, at + 1)) onPositionalHash(at, hash);
  for (const m of text.matchAll(SWITCH_TRIGGER)) {
    if (m[0] === 'TDESKTOP_API_TEST') onApiTest(m.index, m[0]);
    else onTestDc(m.index, m[0]);
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
    if (name.kind === 'hash') {
      const published = HEX32.test(value) ? catalogue.byHash.get(value.toLowerCase()) : undefined;
      if (published) {
        // Lower-case values are found by the literal pass, which then knows the name; other cases only here.
        if (value === value.toLowerCase()) boundHashes.set(valueStart, { name: identifier, binding });
        else emitPublishedHash(value, valueStart, published, { name: identifier, binding });
        return;
      }
      const placeholder = PLACEHOLDER_HASHES.get(value.toLowerCase()) ?? PLACEHOLDER_WORDS.get(value) ?? (value === PLACEHOLDER_GET_ONE ? 'library docs' : undefined);
      if (placeholder) return emitPlaceholder(identifier, value, placeholder, valueStart);
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
        );
      }
      return;
    }
    const id = integerLiteral(value);
    if (id !== undefined) {
      const published = catalogue.byId.get(id);
      if (published) {
        // APP_ID = 5 in vendored code (a Chromium enum) is not Telegram's: a generic name with a small id needs a
        // Telegram file; an enum member is no assignment of a credential; a constant only compared against
        // (`if (apiId == DesktopApiId)`) names a known app, it is not the app's own id (telegram-ids.md §3).
        if (name.needsTelegramContext && id < SMALL_ID && !inTelegramContext()) return;
        if (isEnumMember(text, ident.start)) return;
        const shortName = identifier.replace(/^.*[.>]/, '');
        if (!comparedOnly.has(shortName)) comparedOnly.set(shortName, usedOnlyInComparisons(text, shortName, ident.end - shortName.length));
        if (comparedOnly.get(shortName)) return;
        return emitPublishedId(identifier, value, published, binding);
      }
      const placeholder = PLACEHOLDER_IDS.get(String(id));
      if (placeholder) return emitPlaceholder(identifier, value, placeholder, valueStart);
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
      );
      return;
    }
    const source = PLACEHOLDER_WORDS.get(value) ?? (SPECIAL_VALUES.includes(value) ? 'library docs' : undefined);
    if (source) emitPlaceholder(identifier, value, source, valueStart);
  }

  function emitPublishedHash(hash: string, at: number, c: PublishedCredential, bound?: { name: string; binding: Binding }): void {
    const pairedId = c.apiId !== undefined && lines.lineContainsNumber(at, c.apiId) ? ` with its api_id ${c.apiId}` : '';
    const use = usage(at, bound?.name, bound?.binding);
    emit(
      {
        ruleId: 'published-api-credentials',
        level: use.level,
        guardSwitch: use.guardSwitch,
        message: `${describe(c, true)} api_hash ${hash}${pairedId} is in this file${use.text}. ${origin(c)}`,
        key: `hash:${hash.toLowerCase()}`,
        secrets: isPublic(c) ? undefined : [hash],
        value: hash.toLowerCase(),
        team: c.kind === 'team',
      },
      at,
    );
  }

  function emitPublishedId(identifier: string, value: string, c: PublishedCredential, binding: Binding): void {
    const use = usage(binding.valueStart, identifier, binding);
    emit(
      {
        ruleId: 'published-api-credentials',
        level: use.level,
        guardSwitch: use.guardSwitch,
        message: `${identifier} is set to ${describe(c, false)} api_id ${c.apiId}${String(c.apiId) === value ? '' : ` (written ${value})`}${use.text}. ${origin(c)}`,
        key: `${identifier}=${value}`,
        team: c.kind === 'team',
      },
      binding.valueStart,
    );
  }

  function emitPlaceholder(identifier: string, value: string, source: string, start: number): void {
    if (input.kind.docs) return;
    emit(
      {
        ruleId: 'placeholder-api-credentials',
        level: 'warning',
        message: `${identifier} is set to ${JSON.stringify(value)}, a placeholder from ${source}: the app cannot log in with it (API_ID_INVALID). Pass your own value from a CI secret or a git-ignored file.`,
        key: `${identifier}=${value}`,
      },
      start,
    );
  }

  /** `TelegramClient("session", 12345, "0123…")`: a library's placeholder passed without names, as its docs show. */
  function onPositionalHash(at: number, hash: string): void {
    if (isAlnum(text.charCodeAt(at - 1)) || isAlnum(text.charCodeAt(at + hash.length))) return;
    const call = CLIENT_CALL.exec(text.slice(Math.max(0, at - 160), at));
    if (!call) return;
    emitPlaceholder(`${call[1]}(…, api_hash)`, hash, PLACEHOLDER_HASHES.get(hash)!, at);
  }

  function onApiTest(at: number, word: string): void {
    const after = text.slice(at + word.length, at + word.length + 16);
    const on = API_TEST_ON.exec(after);
    if (!on) return;
    const c = catalogue.byId.get(17349);
    const release = input.release;
    emit(
      {
        ruleId: 'published-api-credentials',
        level: release ? 'error' : 'warning',
        message: `${word} is turned on${release ? ' in a release build' : ''}: Telegram Desktop then builds with its test credentials (api_id 17349, api_hash ${c?.apiHash ?? ''}), which are limited on the server. ${origin(c)}`,
        key: `${word}=ON`,
        switchOnInRelease: release ? word : undefined,
      },
      at,
    );
  }

  function onTestDc(at: number, word: string): void {
    if (input.kind.test || input.kind.docs) return;
    // Every official client carries the test DC beside the production ones in its address table: that table is no
    // switch. A list that holds only the test address is.
    if (word === TEST_DC_ADDRESS && (hasProductionDc ??= PRODUCTION_DC.test(text))) return;
    let end = at + word.length;
    if (word !== TEST_DC_ADDRESS) {
      const ident = identifierAround(text, at, end);
      const name = text.slice(ident.start, ident.end).replace(/^.*[.>]/, '');
      if (!TEST_DC_NAMES.has(name.toLowerCase().replace(/_/g, ''))) return;
      const on = TEST_DC_ON.exec(text.slice(ident.end, ident.end + 24));
      if (!on) return;
      at = ident.end - name.length;
      end = ident.end + on[0].length;
    }
    emit(
      {
        ruleId: 'test-dc-in-release',
        level: 'warning',
        message:
          word === TEST_DC_ADDRESS
            ? `149.154.167.40 is Telegram's test data center: a release that connects to it cannot log users in.`
            : `${text.slice(at, end).trim()} switches to Telegram's test data centers outside test code: a release built with it cannot log users in.`,
        key: text.slice(at, end),
      },
      at,
    );
  }

  /**
   * How a published value is used, which sets its level: direct or a fallback default ships (error); guarded by
   * `#error` or a test switch, or replaced by a later assignment, it does not ship as it stands (warning). In
   * documentation it is a warning whatever the shape.
   */
  function usage(valueStart: number, identifier?: string, binding?: Binding): { level: Level; text: string; guardSwitch?: string } {
    const notes: string[] = [];
    if (binding?.fallback) notes.push(' as a fallback default (used whenever the variable or secret is missing)');
    // What guards a value depends only on the lines above its own: worked out once per line.
    const lineStart = lines.lineStartOf(valueStart);
    if (!guards.has(lineStart)) guards.set(lineStart, findGuard(text, lineStart));
    const guard = guards.get(lineStart);
    if (guard) notes.push(`; guarded: ${guard.description}`);
    const override = identifier && binding ? overrides.after(valueStart + binding.value.length, identifier) : undefined;
    if (override) notes.push(`; overridden at line ${overrideLines.locate(override.offset).line} by \`${override.statement}\`, so it ships only when that value is missing`);
    const level: Level = input.kind.docs || guard || override ? 'warning' : 'error';
    return { level, text: notes.join(''), guardSwitch: guard?.switchName };
  }
}

/** Whether a character code is an ASCII letter or digit. */
export function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
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

const ENUM_LOOKBACK = 4096;

/** Whether the name at `nameStart` is a member of an enum: `enum X { A = 1, PAYMENT_APP_ID = 5, ... }`. */
function isEnumMember(text: string, nameStart: number): boolean {
  const before = text.slice(Math.max(0, nameStart - ENUM_LOOKBACK), nameStart);
  const open = before.lastIndexOf('{');
  if (open === -1 || before.indexOf('}', open) !== -1 || before.indexOf(';', open) !== -1) return false;
  const head = before.slice(Math.max(0, open - 200), open);
  return /\benum\b/.test(head) && !/[;{}]/.test(head.slice(head.lastIndexOf('enum')));
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /\w/.test(c);
}

/**
 * Whether every other use of `name` in the text compares against it (`==`, `!=`, `case`): a named constant of a
 * known app id, such as a session list's `DesktopApiId`. A name never used again is not "only compared".
 */
function usedOnlyInComparisons(text: string, name: string, definitionAt: number): boolean {
  let uses = 0;
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length)) {
    if (at === definitionAt || isWordChar(text[at - 1]) || isWordChar(text[at + name.length])) continue;
    const before = text.slice(Math.max(0, at - 8), at).trimEnd();
    const after = text.slice(at + name.length, at + name.length + 8).trimStart();
    if (!(before.endsWith('==') || before.endsWith('!=') || before.endsWith('case') || after.startsWith('==') || after.startsWith('!='))) return false;
    uses++;
  }
  return uses > 0;
}

