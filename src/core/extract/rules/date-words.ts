/**
 * Spellings of dates and of "published/updated" in the languages of the pages we read, as data.
 * Used to recognise dateline and byline blocks that repeat the article's metadata inside its body.
 */

import { MONTH_ALTERNATION } from './month-names';

// \b is ASCII-only even with the u flag; these boundaries also work for Cyrillic and accented letters.
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

/** A calendar date in any of the spellings above, or numeric, or CJK. */
export const DATE_PATTERN = new RegExp(
  [
    `${B}(${MONTH_ALTERNATION})\\.?\\s+\\d{1,2}(st|nd|rd|th)?${E}`,
    `${B}\\d{1,2}\\.?\\s+(de\\s+)?(${MONTH_ALTERNATION})${E}`,
    '\\b\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}\\b',
    '\\b\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}\\b',
    '\\d{4}\\s*[년年]\\s*\\d{1,2}\\s*[월月]',
    '\\b\\d+\\s+(minutes?|mins?|hours?|hrs?|days?|weeks?)\\s+ago\\b',
    '\\d+\\s*(분|시간|일)\\s*전',
    '\\d+\\s*(分|時間|日)前',
  ].join('|'),
  'iu',
);

/** Words that announce a publication or update time. */
export const PUBLISHED_WORDS =
  /(?<![\p{L}\p{N}])(published|updated|posted|last modified|veröffentlicht|aktualisiert|stand|publié|mis à jour|publicado|actualizado|atualizado|pubblicato|aggiornato|опубликовано|обновлено|diperbarui|dipublikasikan|diterbitkan)(?![\p{L}\p{N}])|입력|수정|업데이트|更新|公開|投稿日/iu;

/** Byline openers: "By Jane Doe", "Von …", "Por …", "Oleh …", "Автор: …". */
export const BYLINE_OPENER =
  /^(by|written by|words by|story by|text by|von|text|par|por|di|door|av|af|oleh|penulis|reporter|автор|текст|기자|記者)[:\s]/iu;

/** "5 min read", "Reading time: 4 minutes", "Lesezeit 3 Min." */
export const READING_TIME =
  /^(\d+\s*(min(ute)?s?|minuten)\.?\s*(read|lesezeit|de lecture|de leitura|di lettura)?|(reading time|lesezeit|temps de lecture|tempo de leitura)\b.*)$/iu;
