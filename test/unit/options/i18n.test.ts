import { describe, expect, it } from 'vitest';
import catalogue from '../../../public/_locales/en/messages.json';
import { catalogueTranslate, makeTranslate } from '../../../src/shared/i18n';

describe('English catalogue', () => {
  it('has a non-empty message for every key, and only $1…$9 substitutions', () => {
    for (const [key, entry] of Object.entries(catalogue)) {
      expect(entry.message.trim(), key).not.toBe('');
      expect(entry.message.replace(/\$\d/g, ''), key).not.toMatch(/\$/);
    }
  });
});

describe('translators', () => {
  it('fills substitutions in order', () => {
    const tr = catalogueTranslate(catalogue);
    expect(tr('siteRemoveLabel', 'paper.test')).toBe('Remove paper.test');
    expect(tr('whyNews', ['0.97', '0.77'])).toContain('score 0.97; on this site it opens at 0.77');
  });
  it('shows the key rather than a blank when a message is missing or the API throws', () => {
    expect(makeTranslate(() => '')('siteAdd')).toBe('siteAdd');
    expect(
      makeTranslate(() => {
        throw new Error('no i18n');
      })('siteAdd'),
    ).toBe('siteAdd');
  });
});
