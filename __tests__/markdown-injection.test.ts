import { afterAll, describe, expect, test } from '@jest/globals';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { commentBody } from '../src/action/sinks/comment.js';
import type { Finding } from '../src/findings.js';
import { renderMarkdown } from '../src/report/markdown.js';
import { codeSpan, markdownText } from '../src/report/markdown-text.js';
import { removeTempDirs, scan, tempDir } from './helpers/fixtures.js';

// A pull request's files and file names, written to turn the job summary and the sticky comment into the
// attacker's page: live links and images, @mentions, headings injected through a lone \r, code spans closed early.

afterAll(removeTempDirs);

const PAYLOADS = ['[c](https://evil.example)', '![i](https://evil.example/p.png)', '@octo/team', '<img src=x>', 'www.evil.example', '&#64;admins', '$x$', '**b**', '~~s~~'];
const BACKTICK_NAME = 'a`b\r## Injected|x.py';
const LINK_NAME = '[x](javascript:alert(1))@octo.py';
const githubLink = (f: Finding) => `https://github.com/o/r/blob/f00d/${f.path.split('/').map(encodeURIComponent).join('/')}#L${f.line}`;

/** The text outside code spans (a run of backticks not escaped, up to the same run). */
function withoutCodeSpans(markdown: string): string {
  return markdown.replace(/(?<!\\)(`+)(?:(?!\1)[\s\S])*?\1/g, '');
}

async function hostileReport() {
  const root = await tempDir();
  await writeFile(join(root, 'guard1.h'), `#ifdef NOPE\n#error "${PAYLOADS.slice(0, 4).join(' ')}"\nint api_id = 611335;\n#endif\n`);
  await writeFile(join(root, 'guard2.h'), `#ifdef NOPE\n#error "${PAYLOADS.slice(4).join(' ')} | cell"\nint api_id = 611335;\n#endif\n`);
  await writeFile(join(root, BACKTICK_NAME), 'api_id = 611335\n');
  await writeFile(join(root, LINK_NAME), 'api_id = 611335\n');
  await writeFile(join(root, 'allowed.py'), 'api_id = 611335  # tg-compliance:allow -- @octo/team see [here](https://evil.example)\r## Heading\n');
  const report = await scan(root);
  expect(report.findings.map((f) => f.path).sort()).toEqual([LINK_NAME, BACKTICK_NAME, 'guard1.h', 'guard2.h'].sort());
  expect(report.suppressed).toHaveLength(1);
  return report;
}

describe('Markdown injection into the job summary, check-run summary and PR comment', () => {
  test.each([
    ['job summary (no links)', undefined],
    ['with links to the lines', githubLink],
  ])('%s: no live link, image, mention, HTML, heading or broken row comes from the tree', async (_, link) => {
    const report = await hostileReport();
    for (const out of [renderMarkdown(report, { link }), commentBody(report, { scanned: 'the 5 files pull request #7 changes', link: link ?? (() => undefined), earlierFailure: false })]) {
      expect(out).not.toMatch(/\r/);
      const lines = out.split('\n');
      expect(lines.filter((l) => l.startsWith('#'))).toEqual(['## ❌ Telegram compliance: fail']);
      const findingRows = lines.filter((l) => /^\| (🔴|🟡|🔵) /.test(l));
      expect(findingRows).toHaveLength(report.findings.length);
      // every row has its six cells: no unescaped | from the tree
      for (const row of findingRows) expect(row.split(/(?<!\\)\|/).length).toBe(8);
      expect(lines.filter((l) => /^\| `/.test(l))).toHaveLength(report.suppressed.length);
      // Code spans show their text as it is (no links, mentions or HTML there); everything else must be inert.
      const text = withoutCodeSpans(out);
      expect(text).not.toMatch(/!\[/);
      expect(text).not.toMatch(/\]\((?!https:\/\/github\.com\/o\/r\/blob\/)/);
      expect(text).not.toMatch(/<(?!!--|\/?details|\/?summary)[a-z]/i);
      expect(text).not.toMatch(/@(?!&#8203;)/);
      expect(text).not.toMatch(/&#64;/);
      expect(text).not.toMatch(/https?:\/\/evil|www\.evil/);
      // The cells that carry the tree's text: location and message of a finding, location and reason of a suppressed one.
      const cells = (row: string, picks: number[]) => picks.map((i) => row.split(/(?<!\\)\|/)[i]);
      const untrusted = [...findingRows.flatMap((r) => cells(r, [2, 4])), ...lines.filter((l) => /^\| `/.test(l)).flatMap((r) => cells(r, [1, 4]))];
      for (const cell of untrusted) {
        const outsideCode = withoutCodeSpans(cell.replace(/\]\(https:\/\/github\.com\/o\/r\/blob\/[^)]*\)/g, '').replace(/^ \[`/, ' `'));
        expect(outsideCode).not.toMatch(/(?<!\\)[*_~$[\]()!]/);
      }
    }
  });

  test('a file name with backticks sits in a code span it cannot close; a lone \\r shows as \\r', async () => {
    const report = await hostileReport();
    const out = renderMarkdown(report);
    expect(out).toContain('| `` a`b\\r## Injected\\|x.py:1 `` |');
    expect(renderMarkdown(report, { link: githubLink })).toContain('[`` a`b\\r## Injected\\|x.py:1 ``](https://github.com/o/r/blob/f00d/a%60b%0D%23%23%20Injected%7Cx.py#L1)');
    expect(renderMarkdown(report, { link: githubLink })).toContain('(https://github.com/o/r/blob/f00d/%5Bx%5D%28javascript%3Aalert%281%29%29%40octo.py#L1)');
  });

  test('the rules, one by one', () => {
    expect(markdownText('@octo/team')).toBe('@&#8203;octo/team');
    expect(markdownText('a\rb\nc\u001b[2J')).toBe('a\\\\rb\\\\nc\\\\x1b\\[2J');
    expect(markdownText('[a](b) ![c] <d> &e; *f* _g_ ~h~ $i$ #j |k| `l` www.m.n')).toBe(
      '\\[a\\]\\(b\\) \\!\\[c\\] &lt;d&gt; &amp;e; \\*f\\* \\_g\\_ \\~h\\~ \\$i\\$ \\#j \\|k\\| \\`l\\` www\\.m\\.n',
    );
    expect(codeSpan('plain')).toBe('`plain`');
    expect(codeSpan('a``b`')).toBe('``` a``b` ```');
    expect(codeSpan('x|y\nz')).toBe('`x\\|y\\nz`');
  });
});
