import { UsageError } from '../config/schema.js';

const WHY: Record<string, string> = { EPIPE: 'the reader closed the pipe', ENOSPC: 'no space left on the device' };

/**
 * Writes all of `text` to standard output. A reader that went away (`| head`) or a full disk (`> /dev/full`) is
 * one line and exit 2, not an unhandled 'error' event with a stack trace and exit 1, which reads as "findings".
 */
export async function writeStdout(text: string | Iterable<string>, stream: NodeJS.WriteStream = process.stdout): Promise<void> {
  let failed: UsageError | undefined;
  // Kept after the first error: the stream emits it again after the callback, and nothing may reach the default handler.
  const onError = (err: NodeJS.ErrnoException) => (failed ??= outputError(err));
  stream.on('error', onError);
  for (const chunk of typeof text === 'string' ? [text] : text) {
    await new Promise<void>((resolve) => stream.write(chunk, (err) => (err && onError(err), resolve())));
    if (failed) throw failed;
  }
}

function outputError(err: NodeJS.ErrnoException): UsageError {
  const code = err.code ?? err.message;
  return new UsageError(`cannot write to standard output (${code}${WHY[code] ? `: ${WHY[code]}` : ''})`);
}
