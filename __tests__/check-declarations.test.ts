import { describe, expect, test } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CHECKS, SETTINGS } from '../src/checks/all.js';
import { CONFIG_KEYS } from '../src/config/keys.js';
import { parseConfig } from '../src/config/load.js';
import { resolveOptions } from '../src/options.js';
import { CHECK_NAMES, DEFAULT_CHECKS, RULES } from '../src/rules.js';
import { REPO_ROOT } from './helpers/fixtures.js';

// Each check is declared once (src/checks/<name>/declaration.ts); what users read and pass is derived from it.

const README = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
const action = parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { description: string; default?: string }> };

/** The README's table of checks, made from the declarations. */
function checksTable(): string {
  const rows = CHECKS.map((c) => {
    const rules = c.rules.map((r) => `\`${r.id}\` (${r.level})`).join(', ') || '—';
    const settings = c.settings.map((s) => `\`${s.name}\``).join(', ') || '—';
    return `| \`${c.name}\` | ${c.defaultOn ? 'yes' : 'no'} | ${c.scope === 'repository' ? 'yes' : 'no'} | ${c.summary} | ${rules} | ${settings} |`;
  });
  return ['| check | on by default | reads the whole tree | what it checks | rules (default level) | settings |', '| --- | --- | --- | --- | --- | --- |', ...rows].join('\n');
}

describe('check declarations', () => {
  // UPDATE_CHECKS_TABLE=1 npm test -- check-declarations writes the table into the README.
  test("the README's table of checks is the one the declarations make", () => {
    const marked = /(<!-- checks-table:start -->\n)([\s\S]*?)(\n<!-- checks-table:end -->)/;
    if (process.env.UPDATE_CHECKS_TABLE) writeFileSync(join(REPO_ROOT, 'README.md'), README.replace(marked, (_, start: string, _old: string, end: string) => start + checksTable() + end));
    expect(marked.exec(README)?.[2]).toBe(checksTable());
  });

  test('rule ids are unique, and every rule is listed under its check', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const check of CHECKS) for (const rule of check.rules) expect(RULES.find((r) => r.id === rule.id)?.check).toBe(check.name);
  });

  test('check names, the default set and every setting reach the action, the config and the CLI', () => {
    expect(CHECK_NAMES).toEqual(CHECKS.map((c) => c.name));
    // Empty, so that the config's `checks` applies where a workflow sets none (the runner passes defaults as given).
    expect(action.inputs.checks.default).toBe('');
    expect(action.inputs.checks.description).toContain(DEFAULT_CHECKS.join(','));
    for (const name of CHECK_NAMES) expect(action.inputs.checks.description).toContain(name);
    for (const setting of SETTINGS) {
      expect(action.inputs[setting.name]?.default).toBe('');
      expect(CONFIG_KEYS).toContain(setting.name);
    }
    const inputsTable = README.split('### Inputs')[1].split('\n### ')[0];
    expect(inputsTable).toContain(`| \`checks\` | | checks to run; empty: the config's \`checks\`, else \`${DEFAULT_CHECKS.join(',')}\`.`);
  });

  test('a setting is read the same way from a flag, an input and the config, and checked the same way', () => {
    const label = (name: string) => `--${name}`;
    const fromConfig = parseConfig('require-gpl: "true"\nmirror: acme/app-mirror\nartifacts:\n  - out/*.apk\n', 'c.yml');
    const fromFlags = resolveOptions({ requireGpl: 'true', mirror: 'acme/app-mirror', artifacts: ['out/*.apk'] }, { credentials: { extra: [] }, ignore: [] }, label);
    expect(resolveOptions({}, fromConfig, label)).toEqual(fromFlags);
    expect(fromFlags.checks).toContain('artifacts'); // turned on by its setting
    expect(() => resolveOptions({ requireGpl: 'maybe' }, fromConfig, label)).toThrow('--require-gpl: unknown value "maybe"');
    expect(() => parseConfig('require-gpl: maybe\n', 'c.yml')).toThrow(/^c\.yml:1:14: require-gpl: unknown value "maybe"/);
    expect(() => parseConfig('mirror: [a, b]\n', 'c.yml')).toThrow(/^c\.yml:1:9: mirror must be one value \(OWNER\/NAME\|URL\)/);
    expect(() => parseConfig('artifacts:\n  - ok/*.apk\n  - "bad/{x"\n', 'c.yml')).toThrow(/^c\.yml:3:5: artifacts glob "bad\/\{x": a "\{" is never closed/);
  });
});
