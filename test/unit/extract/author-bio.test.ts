/** The author-biography shapes (post/drop-author-bio.ts) and the teaser heading added with them. */
import { describe, expect, it } from 'vitest';
import { isAuthorBio, looksLikeBio } from '../../../src/core/extract/post/drop-author-bio';
import { isTeaserHeading } from '../../../src/core/extract/rules/teaser-headings';

describe('author biographies', () => {
  it('knows the byline author introduced by a verb, in several languages', () => {
    expect(isAuthorBio('Jo Partridge is a reporter covering the coast.', ['Jo Partridge'])).toBe(true);
    expect(isAuthorBio('Jo Partridge, who retired in May, said the pier was safe.', ['Jo Partridge'])).toBe(
      false,
    );
    expect(isAuthorBio('Lena Wirth ist Redakteurin im Ressort Wirtschaft.', ['Lena Wirth'])).toBe(true);
    expect(isAuthorBio('Tomás Reis escreve sobre ciência desde 2010.', ['Tomás Reis'])).toBe(true);
  });

  it('takes a first name alone only when a writing trade follows', () => {
    expect(isAuthorBio('Jo is a freelance journalist based in Leeds.', ['Jo Partridge'])).toBe(false); // too short a name
    expect(isAuthorBio('Lena is an experienced journalist who covers energy.', ['Lena Wirth'])).toBe(true);
    expect(isAuthorBio('Lena is the owner of the bakery on the corner.', ['Lena Wirth'])).toBe(false);
  });

  it('takes any writer only at the end of the story', () => {
    const bio = 'Sam Okafor is a freelance writer living in Bristol.';
    expect(isAuthorBio(bio, [], true)).toBe(true);
    expect(isAuthorBio(bio, [], false)).toBe(false);
    expect(isAuthorBio('Sam Okafor is a carpenter who restored the chapel roof.', [], true)).toBe(false);
    expect(looksLikeBio('Sam is a contributing editor at the magazine.')).toBe(true);
  });

  it('knows authors introducing themselves, and a name over a job title', () => {
    expect(isAuthorBio("Hi, I'm Lena Wirth, and I look after our energy coverage.", ['Lena Wirth'])).toBe(
      true,
    );
    expect(isAuthorBio('Lena Wirth Energy Correspondent and Editor', ['Lena Wirth'])).toBe(true);
    expect(isAuthorBio('Lena Wirth said the plant would close.', ['Lena Wirth'])).toBe(false);
    expect(isAuthorBio("I'm not sure, said the mayor.", ['Lena Wirth'])).toBe(false);
  });

  it('leaves long paragraphs alone', () => {
    const long = `Sam Okafor is a writer ${'who has travelled widely '.repeat(30)}.`;
    expect(isAuthorBio(long, ['Sam Okafor'], true)).toBe(false);
  });
});

describe('teaser headings', () => {
  it('reads "also in the news" as a teaser heading', () => {
    expect(isTeaserHeading('also in the news')).toBe(true);
  });
});
