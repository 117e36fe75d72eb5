import { messageWithFix, type Finding, type Level, type Place, type SuppressedFinding } from '../findings.js';
import { RULES } from '../rules.js';
import type { Report } from './model.js';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const FINGERPRINT_KEY = 'telegramCompliance/v1';
/** GitHub code scanning takes at most this many results per run; the JSON report keeps every finding. */
export const SARIF_MAX_RESULTS = 25_000;

/** SARIF 2.1.0 for GitHub code scanning: one run, every rule with help, suppressed findings with `suppressions`. */
export function renderSarif(report: Report): string {
  return sarifLog([sarifRun(report)]);
}

/** A SARIF log of the given runs. */
export function sarifLog(runs: readonly object[]): string {
  return `${JSON.stringify({ $schema: SCHEMA, version: '2.1.0', runs }, null, 2)}\n`;
}

/** The tool as SARIF describes it: name, version and every rule with help. */
export function sarifTool(tool: Report['tool']) {
  return {
    driver: {
      name: tool.name,
      version: tool.version,
      semanticVersion: tool.version,
      informationUri: 'https://github.com/telegram-compliance/telegram-compliance',
      rules: RULES.map((r) => ({
        id: r.id,
        name: r.id.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase()),
        shortDescription: { text: r.summary },
        fullDescription: { text: r.summary },
        help: { text: r.help, markdown: r.help },
        defaultConfiguration: { level: r.level },
        properties: { tags: ['telegram', r.check], precision: 'high' },
      })),
    },
  };
}

/** A place in the tree; a whole file (no region) when it has no line. */
function physicalLocation(place: Place) {
  return {
    artifactLocation: { uri: encodeUri(place.path), uriBaseId: '%SRCROOT%' },
    ...(place.line === undefined ? {} : { region: { startLine: Math.max(1, place.line), startColumn: Math.max(1, place.column ?? 1) } }),
  };
}

/** One report as one run; `extra` adds run properties (the sweep's provenance and automation id). */
export function sarifRun(report: Report, extra: object = {}) {
  const ruleIndex = new Map(RULES.map((r, i) => [r.id, i]));
  const result = (f: Finding | SuppressedFinding) => ({
    ruleId: f.ruleId,
    ruleIndex: ruleIndex.get(f.ruleId),
    level: f.level satisfies Level,
    message: { text: messageWithFix(f) },
    locations: [{ physicalLocation: physicalLocation(f) }],
    ...(f.related ? { relatedLocations: f.related.map((r, i) => ({ id: i + 1, physicalLocation: physicalLocation(r) })) } : {}),
    partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
    properties: {
      ...(f.silence ? { silenceComment: f.silence.comment, silenceEntry: f.silence.entry } : {}),
      ...(f.fileToCreate ? { fileToCreate: true } : {}),
      ...(f.defaultLevel ? { defaultLevel: f.defaultLevel, levelSetBy: 'config' } : {}),
    },
    ...('suppression' in f
      ? { suppressions: [{ kind: f.suppression.kind === 'inline' ? 'inSource' : 'external', justification: f.suppression.reason }] }
      : {}),
  });
  // Findings come sorted errors first, then the suppressed ones: a cut keeps what matters most.
  const all: (Finding | SuppressedFinding)[] = [...report.findings, ...report.suppressed];
  const left = all.length - SARIF_MAX_RESULTS;
  const cut =
    left > 0
      ? {
          invocations: [
            {
              executionSuccessful: true,
              toolExecutionNotifications: [{ level: 'warning', message: { text: `${left} more results are left out: GitHub code scanning takes at most ${SARIF_MAX_RESULTS} per run. The JSON report (--format json, the report-json output) lists every finding.` } }],
            },
          ],
        }
      : {};
  return {
    tool: sarifTool(report.tool),
    ...cut,
    ...extra,
    originalUriBaseIds: { '%SRCROOT%': { uri: toFileUri(report.root) } },
    results: all.slice(0, SARIF_MAX_RESULTS).map(result),
  };
}

function encodeUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function toFileUri(root: string): string {
  const p = root.replace(/\\/g, '/');
  return `file://${p.startsWith('/') ? '' : '/'}${p.split('/').map(encodeURIComponent).join('/')}/`;
}
