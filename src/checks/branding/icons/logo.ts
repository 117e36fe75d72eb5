import { closeSync, openSync, readSync } from 'node:fs';
import type { RawFinding } from '../../../findings.js';
import type { FileEntry } from '../../../files/types.js';
import { errorCode } from '../../../files/walk.js';
import { readWholeText } from '../../../files/read-text.js';
import type { CheckContext } from '../../types.js';
import { androidIconGroups } from './android.js';
import { iconGroupsByPath } from './by-path.js';
import { decodeIcon } from './decode.js';
import { HASH_BITS, iconHash } from './hash.js';
import { IconDecodeError } from './image.js';
import { matchOfficialLogo, type LogoMatch } from './match.js';
import { referencedIconGroups } from './referenced.js';
import type { IconGroup } from './types.js';

// An .icns with every size up to 1024 px is a few MiB; a bigger "icon" is not one, and is not read whole.
const MAX_ICON_FILE_BYTES = 16 * 1024 * 1024;
const MAX_CONFIG_FILE_BYTES = 16 * 1024 * 1024;

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
    if (!texts.has(file.path)) texts.set(file.path, readConfigText(file));
    return texts.get(file.path);
  };
  const groups = [...androidIconGroups(files, readText), ...iconGroupsByPath(files), ...referencedIconGroups(files, readText)];
  const hashes = new Map<string, string | undefined>();
  for (const group of groups) {
    for (const { file, reason } of group.notRaster ?? []) ctx.skip(file.path, reason);
    const inspected = await inspect(group, hashes, count);
    if (inspected.kind === 'failed') {
      for (const [path, reason] of inspected.reasons) ctx.skip(path, reason);
      continue;
    }
    if (inspected.match) outcome.findings.push(logoFinding(group, inspected.file, inspected.match));
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
        const image = await decodeIcon(readIconBytes(file));
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

function readIconBytes(file: FileEntry): Buffer {
  if (file.size > MAX_ICON_FILE_BYTES) throw new IconDecodeError(`larger than ${MAX_ICON_FILE_BYTES / 1024 / 1024} MiB: not read as an icon`);
  let fd: number | undefined;
  try {
    fd = openSync(file.abs, 'r');
    const buffer = Buffer.alloc(file.size);
    const read = readSync(fd, buffer, 0, file.size, 0);
    return buffer.subarray(0, read);
  } catch (err) {
    throw new IconDecodeError(`could not be read as an icon: ${errorCode(err)}`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Every config read for icons (manifests, Gradle files, package.json, electron-builder and web manifests) is also a
 * title file, and the title pass lists the ones it cannot read: they are not listed twice.
 */
function readConfigText(file: FileEntry): string | undefined {
  if (file.size > MAX_CONFIG_FILE_BYTES) return undefined;
  try {
    const whole = readWholeText(file.abs, file.size);
    return whole.binary ? undefined : whole.text;
  } catch {
    return undefined;
  }
}

function logoFinding(group: IconGroup, file: FileEntry, match: LogoMatch): RawFinding {
  const { reference, distance } = match;
  const others = group.files.filter((f) => f !== file);
  const sizes = others.length > 0 ? ` The icon's ${others.length} other file${others.length === 1 ? '' : 's'} are listed with it.` : '';
  return {
    ruleId: 'official-logo',
    level: 'error',
    message:
      `${file.path} is ${group.what}, and it is Telegram's official logo: its perceptual hash is ${distance} of ${HASH_BITS} bits ` +
      `from ${reference.app}'s icon ${reference.path} in ${reference.repository}.${sizes}`,
    path: file.path,
    key: group.key,
    related: others.map((f) => ({ path: f.path })),
  };
}
