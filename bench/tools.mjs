// Running and measuring one command: wall time, peak RSS, output.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const GNU_TIME = '/usr/bin/time';
export const hasGnuTime = existsSync(GNU_TIME) && spawnSync(GNU_TIME, ['-f', '%M', 'true']).status === 0;

export function which(cmd) {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

/**
 * Runs `cmd args` and returns { ms, rssKB, code, stdout, stderr }. Peak RSS comes from GNU time (%M, the largest
 * resident set of the command and its waited-for children) when installed, else from polling /proc/PID/status VmHWM.
 */
export function measure(cmd, args, { cwd, timeoutMs = 30 * 60 * 1000, env } = {}) {
  return new Promise((resolve, reject) => {
    const rssFile = join(tmpdir(), `tg-bench-rss-${process.pid}-${Date.now()}`);
    const [file, argv] = hasGnuTime ? [GNU_TIME, ['-f', '%M', '-o', rssFile, cmd, ...args]] : [cmd, args];
    const started = process.hrtime.bigint();
    const child = spawn(file, argv, { cwd, env: env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    let outBytes = 0;
    child.stdout.on('data', (b) => {
      outBytes += b.length;
      if (outBytes < 512 * 1024 * 1024) out.push(b);
    });
    child.stderr.on('data', (b) => err.length < 1000 && err.push(b));
    let polledKB = 0;
    const poll = hasGnuTime
      ? undefined
      : setInterval(() => {
          try {
            const m = /VmHWM:\s*(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
            if (m) polledKB = Math.max(polledKB, Number(m[1]));
          } catch {
            /* exited */
          }
        }, 20);
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      clearTimeout(timer);
      if (poll) clearInterval(poll);
      let rssKB = polledKB;
      if (hasGnuTime) {
        try {
          const lines = readFileSync(rssFile, 'utf8').trim().split('\n');
          rssKB = Number(lines[lines.length - 1]) || 0;
        } catch {
          rssKB = 0;
        }
        rmSync(rssFile, { force: true });
      }
      resolve({ ms, rssKB, code, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    });
  });
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Runs a command `runs` times; returns the median wall time, the largest peak RSS and the last result. */
export async function repeat(runs, cmd, args, options) {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await measure(cmd, args, options));
  return { ms: median(results.map((r) => r.ms)), all: results.map((r) => r.ms), rssKB: Math.max(...results.map((r) => r.rssKB)), last: results[results.length - 1] };
}

/** Machine load at this moment (1-minute load average, number of cores), to print next to the figures. */
export function machineLoad() {
  try {
    const [one] = readFileSync('/proc/loadavg', 'utf8').split(' ');
    return Number(one);
  } catch {
    return NaN;
  }
}

export const shellQuote = (a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`);
