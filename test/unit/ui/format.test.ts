import { describe, expect, it } from 'vitest';
import { formatDate, hostOf, isWebUrl, readingTime } from '../../../src/ui/format';

describe('format', () => {
  it('formats dates in the given locale, bare dates without a time-zone shift', () => {
    expect(formatDate('2026-03-02', 'en-GB')).toBe('2 March 2026');
    expect(formatDate('2026-03-02', 'de-DE')).toBe('2. März 2026');
    expect(formatDate('2026-03-02T10:00:00Z', 'en-US')).toMatch(/March 2, 2026/);
    expect(formatDate('not a date')).toBeNull();
    expect(formatDate(null)).toBeNull();
  });
  it('names reading time, hosts and web URLs', () => {
    expect(readingTime(4)).toBe('4 min read');
    expect(readingTime(0)).toBe('Under a minute');
    expect(hostOf('https://www.courier.example/a')).toBe('courier.example');
    expect(hostOf('nope')).toBeNull();
    expect(isWebUrl('https://a.example')).toBe(true);
    expect(isWebUrl('javascript:1')).toBe(false);
  });
});
