import type { Place, RawFinding } from '../../findings.js';
import type { FileEntry } from '../../files/types.js';
import { errorCode } from '../../files/walk.js';
import { LineIndex } from '../credentials/line-index.js';
import type { Check, CheckContext, CheckOutcome } from '../types.js';
import { extract } from './extract.js';
import { titleMessage } from './messages.js';
import { maskPlaceholders } from './placeholders.js';
import { referencedTitleNames, resolveAndroidTitles, type AndroidPieces } from './android-resolve.js';
import { isInfoPlistName, titleFileKind } from './select.js';
import { readWholeText } from '../../files/read-text.js';
import { offendingWords } from './title-word.js';
import { TitleFileError, type PlacedTitle, type TitleFileKind } from './types.js';
import { append } from '../../append.js';
import { officialLogoFindings } from './icons/logo.js';

/**
 * official-logo: the app icons that ship, compared with Telegram's official logo (icons/logo.ts).
 * app-title-telegram: reads every title file of the whole tree (titles are repository-wide facts), resolves
 * Android labels that reference string resources, and reports each title that says "Telegram" without
 * "Unofficial" right before it, on the line that holds the title.
 */
export const brandingCheck: Check = {
  async run(ctx: CheckContext): Promise<CheckOutcome> {
    const outcome: CheckOutcome = { findings: [], files: 0, bytes: 0 };
    // A title or icon under a test or vendored folder (androidTest/, node_modules/) is not the app's: it never ships.
    const shipped = ctx.tree.filter((file) => !file.kind.test && !file.kind.vendored);
    const files = shipped.flatMap((file) => {
      const kind = titleFileKind(file.path);
      return kind ? [{ file, kind }] : [];
    });
    const android: AndroidPieces = { labels: [], strings: [], placeholders: [] };
    const titles: PlacedTitle[] = [];
    const read = new Set<string>();
    const readAll = async (which: typeof files, keep?: (name: string) => boolean) => {
      for (const { file, kind } of which) {
        const got = await readTitleFile(file, kind, ctx, keep);
        if (!got) continue;
        if (!read.has(file.path)) {
          read.add(file.path);
          outcome.files++;
          outcome.bytes += file.size;
        }
        collect(got.extracted, got.lines, file.path, titles, android);
      }
    };

    // Android values files can be large and many (one per language): read them after everything that can point
    // at their strings, and decode only the strings that can be titles.
    const valuesFiles = files.filter((f) => f.kind === 'android-resources');
    await readAll(files.filter((f) => f.kind !== 'android-resources'));
    const wanted = new Set(referencedTitleNames(android).keys());
    await readAll(valuesFiles, (name) => wanted.has(name));
    // A reference inside a values file (app_name -> @string/brand) can name a string the pass above left out.
    const missed = new Set([...referencedTitleNames(android).keys()].filter((name) => !wanted.has(name)));
    if (missed.size > 0) {
      await readAll(
        valuesFiles.filter((f) => read.has(f.file.path)),
        (name) => missed.has(name),
      );
    }

    append(titles, resolveAndroidTitles(android));
    const judged = titles.flatMap((title) => {
      const finding = judge(title);
      return finding ? [finding] : [];
    });
    append(outcome.findings, oneFindingPerString(judged));

    const logo = await officialLogoFindings(ctx, shipped);
    append(outcome.findings, logo.findings);
    outcome.files += logo.files;
    outcome.bytes += logo.bytes;
    return outcome;
  },
};

// Title files are small; a larger one is generated or vendored data, and reading it whole would only cost memory.
const MAX_TITLE_FILE_BYTES = 16 * 1024 * 1024;

async function readTitleFile(
  file: FileEntry,
  kind: TitleFileKind,
  ctx: CheckContext,
  keep?: (name: string) => boolean,
): Promise<{ extracted: ReturnType<typeof extract>; lines: LineIndex } | undefined> {
  if (file.size > MAX_TITLE_FILE_BYTES) {
    ctx.skip(file.path, `larger than ${MAX_TITLE_FILE_BYTES / 1024 / 1024} MiB: not read for app titles`);
    return undefined;
  }
  try {
    const whole = readWholeText(file.abs, file.size);
    if (whole.binary) {
      if (kind !== 'info-plist') ctx.skip(file.path, 'binary file where an app title was expected');
      else if (isInfoPlistName(file.path)) ctx.skip(file.path, 'binary property list (only XML plists are read for app titles)');
      return undefined;
    }
    return { extracted: extract(kind, whole.text, file.path, keep), lines: new LineIndex(whole.text, 1) };
  } catch (err) {
    if (err instanceof TitleFileError) ctx.skip(file.path, err.message);
    else ctx.skip(file.path, `could not be read for app titles: ${errorCode(err)}`);
    return undefined;
  }
}

function collect(extracted: ReturnType<typeof extract>, lines: LineIndex, path: string, titles: PlacedTitle[], android: AndroidPieces): void {
  const place = (offset: number) => lines.locate(offset);
  if (extracted.kind === 'titles') {
    for (const t of extracted.titles) titles.push({ ...t, path, at: place(t.offset) });
  } else if (extracted.kind === 'manifest') {
    for (const label of extracted.labels) android.labels.push({ ...label, path, at: place(label.offset) });
  } else {
    for (const s of extracted.strings) android.strings.push({ ...s, path, at: place(s.offset) });
    for (const p of extracted.placeholders ?? []) android.placeholders.push({ ...p, path, at: place(p.offset) });
  }
}

// `…/res/values-de/strings.xml`: the resource folder and the locale qualifier (none for the default locale).
const LOCALISED = /^(.*\/res\/)values(-[^/]+)?\/[^/]+$/;

/**
 * One finding per Android string across its translations: at the default locale's line (or the first locale that
 * has it), naming the other locales, which SARIF gets as related locations. Its fingerprint is the default
 * string's, so adding a locale changes nothing.
 */
function oneFindingPerString(findings: readonly TitleFinding[]): RawFinding[] {
  const groups = new Map<string, TitleFinding[]>();
  const out: RawFinding[] = [];
  for (const f of findings) {
    const m = LOCALISED.exec(f.path);
    if (!m) {
      out.push(f);
      continue;
    }
    const name = f.key.slice(0, f.key.indexOf('='));
    const group = `${m[1]}\0${name}`;
    const list = groups.get(group);
    if (list) list.push(f);
    else groups.set(group, [f]);
  }
  for (const list of groups.values()) {
    list.sort((a, b) => (isDefaultLocale(a.path) ? -1 : isDefaultLocale(b.path) ? 1 : a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const [first, ...others] = list;
    if (others.length === 0) {
      out.push(first);
      continue;
    }
    const named = others.map((o) => `${LOCALISED.exec(o.path)![2]?.slice(1) ?? 'default'} (${o.path}:${o.line})`).join(', ');
    out.push({
      ...first,
      message: `${first.message} The same string says Telegram in ${others.length} other locale${others.length === 1 ? '' : 's'}: ${named}.`,
      related: others.map((o) => ({ path: o.path, line: o.line, column: o.column })),
    });
  }
  return out;
}

function isDefaultLocale(path: string): boolean {
  return LOCALISED.exec(path)?.[2] === undefined;
}

/** A title's finding is always on the title's line. */
type TitleFinding = RawFinding & Place;

function judge(title: PlacedTitle): TitleFinding | undefined {
  const offending = offendingWords(maskPlaceholders(title.value));
  if (offending.length === 0) return undefined;
  return {
    ruleId: 'app-title-telegram',
    level: 'error',
    message: titleMessage(title, offending),
    path: title.path,
    line: title.at.line,
    column: title.at.column,
    key: `${title.key}=${title.value}`,
  };
}
