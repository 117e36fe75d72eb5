import type { TelegramWord } from './title-word.js';
import type { Title } from './types.js';

/** What the finding says: which file kind and key, the title, and a title that would pass. */
export function titleMessage(title: Title, offending: readonly TelegramWord[]): string {
  const where = `${title.source} ${title.key}${title.why ? ` (${title.why})` : ''}`;
  const words = [...new Set(offending.map((w) => `"${w.text}"`))].join(', ');
  const says = offending.every((w) => w.text.toLowerCase() === 'telegram') ? '' : ` (${words})`;
  return (
    `${where} is the app title "${shown(title.value)}", which says "Telegram"${says} without "Unofficial" right before it. ` +
    `Rename it to "${shown(suggestTitle(title.value, offending))}" or drop the word (Telegram API Terms of Service 2.3).`
  );
}

/** A title on one line: line breaks and tabs (from `\n` escapes) written as escapes. */
function shown(value: string): string {
  return value.replace(/\r/g, '\\r').replace(/\n/g, '\\n').replace(/\t/g, '\\t');
}

/**
 * The title with "Unofficial " put right before each offending word: a separator after an existing "Unofficial"
 * becomes a space, and a word glued to the one before ("MyTelegram") is split from it.
 */
export function suggestTitle(value: string, offending: readonly TelegramWord[]): string {
  let out = value;
  for (const word of [...offending].sort((a, b) => b.start - a.start)) {
    const before = out.slice(0, word.start);
    const after = out.slice(word.start);
    const glued = /unofficial([^\s\p{L}\p{N}]*)$/iu.exec(before);
    if (glued) out = `${before.slice(0, before.length - glued[1].length)} ${after}`;
    else if (/[\p{L}\p{N}]$/u.test(before)) out = `${before} Unofficial ${after}`;
    else out = `${before}Unofficial ${after}`;
  }
  return out;
}
