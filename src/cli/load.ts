/** Reads a saved page from disk, refusing what is not HTML with a one-line reason. */
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';

export class InputError extends Error {}

/** Largest page the CLI accepts; real news pages stay well under it. */
export const MAX_BYTES = 32 * 1024 * 1024;

/** Loads `file` (plain or gzipped HTML) and returns its text, or throws an InputError. */
export async function loadHtml(file: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(
      code === 'ENOENT'
        ? `no such file: ${file}`
        : code === 'EISDIR'
          ? `is a directory: ${file}`
          : `cannot read ${file} (${code ?? 'error'})`,
    );
  }
  if (bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      bytes = gunzipSync(bytes);
    } catch {
      throw new InputError(`corrupt gzip file: ${file}`);
    }
  }
  if (bytes.length === 0) throw new InputError(`empty file: ${file}`);
  if (bytes.length > MAX_BYTES)
    throw new InputError(`file too large (${bytes.length} bytes, limit ${MAX_BYTES}): ${file}`);
  const head = bytes.subarray(0, 4096);
  if (head.includes(0) && !isUtf16(head)) throw new InputError(`binary file, not HTML: ${file}`);
  const text = isUtf16(head) ? bytes.toString('utf16le') : decode(bytes);
  if (!/<[a-z!?/]/i.test(text.slice(0, 65536))) throw new InputError(`not HTML (no markup found): ${file}`);
  return text;
}

function isUtf16(head: Buffer): boolean {
  return head.length >= 2 && head[0] === 0xff && head[1] === 0xfe;
}

/** Decodes with the charset the page declares (windows-1251, Shift_JIS, EUC-KR… are common on news sites). */
function decode(bytes: Buffer): string {
  const head = bytes.subarray(0, 8192).toString('latin1');
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head)?.[1]?.toLowerCase();
  // A saved page is often re-encoded to UTF-8 while its <meta charset> still names the old encoding: bytes
  // that are valid UTF-8 beyond ASCII are almost never a legacy encoding, so they win.
  if (declared && !/^utf-?8$/.test(declared) && !(bytes[0] === 0xef && bytes[1] === 0xbb) && !isUtf8(bytes)) {
    try {
      return new TextDecoder(declared).decode(bytes);
    } catch {
      // Unknown label: fall through to UTF-8, which is right for most pages that mislabel themselves.
    }
  }
  return bytes.toString('utf8');
}

/** True when `bytes` hold non-ASCII text that decodes as strict UTF-8. */
function isUtf8(bytes: Buffer): boolean {
  if (!bytes.some((b) => b >= 0x80)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
