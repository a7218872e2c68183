/**
 * Headings that introduce a list of links to other stories, as data (several languages).
 * Such a heading and the link list after it are removed together.
 */
export const TEASER_HEADINGS: readonly RegExp[] = [
  /^(more|other|latest|top|recent|popular|related|recommended|trending|similar|further|featured|best|great)\b.{0,40}\b(stories|news|articles|posts|reads|videos|headlines|from|on|in|reading|this week|today|now|links|coverage)\b/,
  /^(related|recommended|trending|popular|latest|recent|more)( (articles|stories|posts|news|content|links|reading|videos))?$/,
  /^(you (may|might) (also )?(like|enjoy|be interested)|also (read|see|on|in the news)|read (next|also|more)|see also|don[’']?t miss|editor[’']?s picks?|what to read next|up next|most (read|viewed|popular|shared))\b/,
  /^(lesen sie (auch|mehr)|mehr zum thema|auch interessant|das könnte sie (auch )?interessieren|weitere artikel|meistgelesen)/,
  /^(à lire aussi|lire aussi|sur le même sujet|les plus lus|dans la même rubrique)/,
  /^(lee también|te puede interesar|noticias relacionadas|lo más leído|más noticias)/,
  /^(leia (também|mais)|veja também|notícias relacionadas|mais lidas|últimas notícias|você (também )?pode gostar)/,
  /^(leggi anche|potrebbe interessarti|articoli correlati|i più letti|ultime notizie)/,
  /^(читайте также|читайте еще|похожие (статьи|новости)|самое популярное|новости по теме|другие новости)/,
  /^(baca juga|berita terkait|artikel terkait|terpopuler|berita lainnya|lihat juga)/,
  /^(관련\s?기사|많이 본 뉴스|인기 기사|최신 기사|추천 기사)/,
  /^(関連記事|関連ニュース|あわせて読みたい|人気記事|おすすめ記事|最新記事)/,
];

/** True when `text` (normalised: lower case, collapsed whitespace) reads like a teaser-list heading. */
export function isTeaserHeading(text: string): boolean {
  if (!text || text.length > 60 || text.split(' ').length > 7) return false;
  return TEASER_HEADINGS.some((re) => re.test(text));
}
