import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('bundled data', () => {
  it('are what scripts/build-knowledge.ts makes from the packages and the hand-written sources', () => {
    // Throws (non-zero exit) when a source changed without the data being rebuilt.
    const out = execFileSync('npx', ['tsx', 'scripts/build-knowledge.ts', '--check'], {
      cwd: new URL('../../../', import.meta.url).pathname,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(out).toBe('');
  }, 60000);
});
