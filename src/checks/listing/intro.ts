import type { RawFinding } from '../../findings.js';
import type { FileEntry } from '../../files/types.js';
import { readStringResources } from '../branding/sources/android-resources.js';
import { stringsFileEntries } from '../branding/sources/strings-file.js';
import { LineIndex } from '../credentials/line-index.js';
import type { CheckContext } from '../types.js';
import { english } from './languages/index.js';
import { readSmallText } from '../../files/read-small-text.js';

/** Where the intro (onboarding) strings of Telegram's own apps live, in their default language, and their names. */
interface IntroSource {
  app: string;
  path: RegExp;
  key: RegExp;
  read: (text: string, keep: (key: string) => boolean) => { key: string; value: string; offset: number }[];
}

const INTRO_SOURCES: readonly IntroSource[] = [
  {
    app: 'Telegram for Android',
    path: /(?:^|\/)res\/values\/strings\.xml$/,
    key: /^(?:Page[1-9](?:Title|Message)|IntroText\w*)$/,
    read: (text, keep) => readStringResources(text, keep).filter((s) => keep(s.name)).map((s) => ({ key: s.name, value: s.value, offset: s.offset })),
  },
  {
    app: 'Telegram for iOS',
    path: /(?:^|\/)(?:en|Base)\.lproj\/Localizable\.strings$/,
    key: /^Tour\.(?:Title|Text)\d+$/,
    read: (text, keep) => stringsFileEntries(text).filter((e) => keep(e.key)),
  },
  {
    app: 'Telegram Desktop',
    path: /(?:^|\/)Resources\/langs\/lang\.strings$/,
    key: /^lng_intro_about$/,
    read: (text, keep) => stringsFileEntries(text).filter((e) => keep(e.key)),
  },
];

// Telegram for Android's strings.xml is about 1 MB; a file many times larger is not a string table.
const MAX_INTRO_BYTES = 16 * 1024 * 1024;

export interface IntrosJudged {
  findings: RawFinding[];
  read: FileEntry[];
}

/**
 * intro-api-notice: the intro screens of an app built from Telegram's (identified by their string names) must
 * mention Telegram somewhere (ToS 2.2). A file with intro strings none of which says "Telegram" gets one note, at
 * its first intro string.
 */
export function judgeIntros(tree: readonly FileEntry[], ctx: Pick<CheckContext, 'skip'>): IntrosJudged {
  const findings: RawFinding[] = [];
  const read: FileEntry[] = [];
  for (const file of tree) {
    const source = INTRO_SOURCES.find((s) => s.path.test(file.path));
    if (!source) continue;
    const text = readSmallText(file, 'a string table', MAX_INTRO_BYTES, ctx);
    if (text === undefined) continue;
    const strings = source.read(text, (key) => source.key.test(key));
    if (strings.length === 0) continue;
    read.push(file);
    if (strings.some((s) => /telegram/i.test(s.value))) continue;
    const first = strings.reduce((a, b) => (b.offset < a.offset ? b : a));
    const at = new LineIndex(text, 1).locate(first.offset);
    findings.push({
      ruleId: 'intro-api-notice',
      level: 'note',
      message: `The in-app intro (${strings.map((s) => s.key).join(', ')}, as in ${source.app}) never mentions Telegram. Tell users here too, e.g.: "${english.sentence}"`,
      path: file.path,
      line: at.line,
      column: at.column,
      key: 'intro',
      lineText: at.lineText,
      previousLineText: at.previousLineText,
    });
  }
  return { findings, read };
}
