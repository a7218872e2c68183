/** Page loading: the declared charset, and saved pages re-encoded to UTF-8 that still declare another. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadHtml } from '../../../src/cli/load';

const dir = mkdtempSync(join(tmpdir(), 'lede-load-'));
const save = (name: string, bytes: Buffer): string => {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return file;
};

describe('loadHtml charsets', () => {
  it('decodes the declared legacy charset', async () => {
    const head = Buffer.from('<html><head><meta charset="windows-1251"></head><body>');
    const cyrillic = Buffer.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]); // "Привет" in windows-1251
    const text = await loadHtml(save('cp1251.html', Buffer.concat([head, cyrillic])));
    expect(text).toContain('Привет');
  });

  it('keeps UTF-8 bytes even when the page declares a legacy charset', async () => {
    const html = '<html><head><meta charset="gb2312"></head><body>新电脑已可利用记忆自学</body></html>';
    expect(await loadHtml(save('mislabelled.html', Buffer.from(html, 'utf8')))).toContain(
      '新电脑已可利用记忆自学',
    );
  });
});
