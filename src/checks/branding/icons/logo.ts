import type { RawFinding } from '../../../findings.js';
import type { FileEntry } from '../../../files/types.js';
import { readSmallText } from '../../../files/read-small-text.js';
import type { CheckContext } from '../../types.js';
import type { AdaptiveIcon } from './adaptive.js';
import { hashAdaptiveIcon } from './adaptive-hash.js';
import { androidIconGroups } from './android.js';
import { iconGroupsByPath } from './by-path.js';
import { decodeIconFile } from './decode.js';
import { HASH_BITS, iconHash } from './hash.js';
import { IconDecodeError } from './image.js';
import { matchOfficialLogo, type LogoMatch } from './match.js';
import { referencedIconGroups } from './referenced.js';
import type { IconGroup } from './types.js';

const MAX_CONFIG_FILE_BYTES = 16 * 1024 * 1024;
// Every config read for icons (manifests, Gradle files, package.json, electron-builder and web manifests) is also a
// title file, and the title pass lists the ones it cannot read: they are not listed twice.
const NOT_LISTED = { skip: () => {} };

export interface LogoOutcome {
  findings: RawFinding[];
  files: number;
  bytes: number;
}

/**
 * official-logo: collects the icons the app ships, decodes the largest raster file of each, and reports each that is
 * perceptually Telegram's official logo. What cannot be decoded is listed as not inspected, with why.
 */
export async function officialLogoFindings(ctx: CheckContext, files: readonly FileEntry[]): Promise<LogoOutcome> {
  const outcome: LogoOutcome = { findings: [], files: 0, bytes: 0 };
  const counted = new Set<string>();
  const count = (file: FileEntry) => {
    if (counted.has(file.path)) return;
    counted.add(file.path);
    outcome.files++;
    outcome.bytes += file.size;
  };
  const texts = new Map<string, string | undefined>();
  const readText = (file: FileEntry): string | undefined => {
    if (!texts.has(file.path)) texts.set(file.path, readSmallText(file, 'an icon setting', MAX_CONFIG_FILE_BYTES, NOT_LISTED));
    return texts.get(file.path);
  };
  const groups = [...androidIconGroups(files, readText), ...iconGroupsByPath(files), ...referencedIconGroups(files, readText)];
  const hashes = new Map<string, string | undefined>();
  for (const group of groups) {
    for (const { file, reason } of group.notRaster ?? []) ctx.skip(file.path, reason);
    const inspected = await inspect(group, hashes, count);
    if (inspected.kind === 'failed') for (const [path, reason] of inspected.reasons) ctx.skip(path, reason);
    const adaptive: ComposedAdaptive[] = [];
    for (const icon of group.adaptive ?? []) {
      const hashed = await hashAdaptiveIcon(icon, count);
      if ('reason' in hashed) ctx.skip(icon.file.path, hashed.reason);
      else adaptive.push({ icon, layers: [...hashed.background, hashed.foreground], match: hashed.hash === undefined ? undefined : matchOfficialLogo(hashed.hash) });
    }
    const finding = logoFinding(group, inspected.kind === 'hashed' ? inspected : undefined, adaptive);
    if (finding) outcome.findings.push(finding);
  }
  return outcome;
}

type Inspected = { kind: 'hashed'; file: FileEntry; match?: LogoMatch } | { kind: 'failed'; reasons: Map<string, string> };

/** Hashes the group's largest file that decodes; the reasons of each file that did not when none did. */
async function inspect(group: IconGroup, hashes: Map<string, string | undefined>, count: (file: FileEntry) => void): Promise<Inspected> {
  const reasons = new Map<string, string>();
  const bySize = [...group.files].sort((a, b) => b.size - a.size || (a.path < b.path ? -1 : 1));
  for (const file of bySize) {
    if (!hashes.has(file.path)) {
      try {
        const image = await decodeIconFile(file);
        count(file);
        hashes.set(file.path, iconHash(image));
      } catch (err) {
        if (!(err instanceof IconDecodeError)) throw err;
        reasons.set(file.path, err.message);
        continue;
      }
    }
    const hash = hashes.get(file.path);
    return { kind: 'hashed', file, match: hash === undefined ? undefined : matchOfficialLogo(hash) };
  }
  return { kind: 'failed', reasons };
}

interface ComposedAdaptive {
  icon: AdaptiveIcon;
  /** The files composed: the background's images, then the foreground's. */
  layers: FileEntry[];
  match?: LogoMatch;
}

/**
 * One finding per icon: at its largest raster file when that is the logo (where it has always been reported), else
 * at its adaptive icon when that, composed, is. The icon's other files and the composed layers are related.
 */
function logoFinding(group: IconGroup, raster: { file: FileEntry; match?: LogoMatch } | undefined, adaptive: readonly ComposedAdaptive[]): RawFinding | undefined {
  const matched = adaptive.filter((a): a is ComposedAdaptive & { match: LogoMatch } => a.match !== undefined).sort((a, b) => a.match.distance - b.match.distance);
  let file: FileEntry;
  let message: string;
  if (raster?.match) {
    file = raster.file;
    message = `${file.path} is ${group.what}, and it is Telegram's official logo: ${distanceFrom(raster.match)}.`;
    for (const a of matched) message += ` Its adaptive icon ${a.icon.file.path} (Android 8+), composed, is the logo too: ${distanceFrom(a.match)}.`;
  } else if (matched.length > 0) {
    const { icon, layers, match } = matched[0];
    file = icon.file;
    const [background, foreground] = [icon.background, icon.foreground].map((layer) => {
      const layerFile = layer.kind === 'image' ? layers.find((f) => layer.files.includes(f)) : undefined;
      return layerFile ? `${layer.what} (${layerFile.path})` : layer.what;
    });
    message =
      `${file.path} is the adaptive icon (Android 8+) of ${group.what}. Its background ${background} under its foreground ` +
      `${foreground}, composed as a launcher shows them, are Telegram's official logo: ${distanceFrom(match)}.`;
  } else return undefined;
  const composed = adaptive.flatMap((a) => [a.icon.file, ...a.layers]);
  const others = [...new Set([...group.files, ...composed])].filter((f) => f !== file);
  const sizes = others.length > 0 ? ` The icon's ${others.length} other file${others.length === 1 ? '' : 's'} are listed with it.` : '';
  return { ruleId: 'official-logo', level: 'error', message: message + sizes, path: file.path, key: group.key, related: others.map((f) => ({ path: f.path })) };
}

function distanceFrom({ reference, distance }: LogoMatch): string {
  return `its perceptual hash is ${distance} of ${HASH_BITS} bits from ${reference.app}'s icon ${reference.path} in ${reference.repository}`;
}
