/**
 * The byline: author names only, without "By", dates, roles after a bar, e-mail addresses or profile URLs.
 * Sources in order: Readability's byline (JSON-LD, meta, rel=author, class "byline"), the page's meta
 * tags, then author markup in the page.
 */
import { DATE_PATTERN, PUBLISHED_WORDS } from './rules/date-words';

const JUNK =
  /^(by|author|authors|the author|full bio|bio|staff|admin|administrator|editor|redaktion|autor|autore|penulis|written by|posted by|view all posts|more)$/i;
const WEEKDAY =
  /(?<![\p{L}])(mon|tues|wednes|thurs|fri|satur|sun)day|(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?![\p{L}])/iu;
const OPENER = /^\s*(by|written by|posted by|words by|story by|von|par|por|di|door|av|af|oleh|автор)[:\s]+/i;
/** A line that names someone else's role, or the desk, after the author's names ("Edited by …", "Health News"). */
const ROLE_LINE =
  /^(edited|reviewed|fact[- ]checked|photo(graph)?s?|illustrat(ed|ions?)|additional reporting|with reporting|medically reviewed|updated|published|posted on)\b|\b(news|staff|desk|reporter|correspondent|editor|contributor|columnist)$/i;
/** A label that announces a time rather than a person ("Last Updated", "Published:"). */
const TIME_LABEL = new RegExp(`^(last\\s+)?(${PUBLISHED_WORDS.source})\\s*(on|at|:)?$`, 'iu');

/** The lines of `raw` that carry the author's names: the first one, joined to a lone opener ("By\nJane"). */
function nameLines(raw: string): string {
  const lines = raw
    .split(/\n/)
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const out: string[] = [];
  for (const line of lines) {
    if (out.length && ROLE_LINE.test(line.replace(OPENER, ''))) break;
    out.push(line);
  }
  return out.join(' ');
}

/** `raw` cleaned into names, or null when nothing name-like is left. */
export function cleanByline(
  raw: string | null | undefined,
  siteName?: string | null,
  avoidSite = false,
): string | null {
  if (!raw) return null;
  let s = nameLines(raw);
  s = s.replace(OPENER, '');
  s = s.replace(/[(<[]?\s*\S+@\S+\.\S+\s*[)>\]]?/g, ' ');
  s = s.replace(/[(<[]?\s*https?:\/\/[^\s)>\]]+\s*[)>\]]?/g, ' ');
  // A date or a "| Site" tail after the names is not part of them; names carry no digits, so a date or
  // a comment count glued to the last name ("Nolan22 Dec") starts at the first one.
  const date = DATE_PATTERN.exec(s);
  if (date && date.index <= 2) return null;
  if (date) s = s.slice(0, date.index);
  const digit = /\d/.exec(s);
  if (digit && digit.index > 2) s = s.slice(0, digit.index);
  const weekday = WEEKDAY.exec(s);
  if (weekday && weekday.index > 2) s = s.slice(0, weekday.index);
  s = s.replace(/\s*[|·•]\s*.*$/, '');
  s = s.replace(/\(\s*\)|\s[(<[]\s*$/g, ' ');
  s = s.replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/g, '').trim();
  if (!s || JUNK.test(s) || TIME_LABEL.test(s) || s.length > 100 || /^https?:/i.test(s)) return null;
  if (!/\p{L}/u.test(s)) return null;
  if (WEEKDAY.test(s) && s.split(/\s+/).length === 1) return null;
  if (siteName && s.toLowerCase() === siteName.toLowerCase() && avoidSite) return null;
  return s;
}

/** A job title standing alone where the name should be ("Senior Reporter"). */
const ROLE_ONLY = /\b(reporter|correspondent|editor|contributor|columnist|writer)$/i;

/** Labels that sit where a name should be ("Sign in", "Author spotlight", "Researched by"). */
const LABEL =
  /^(sign in|log in|subscribe|follow|share|author spotlight|about the author|more from|contributors?|researched by|reviewed by|fact[- ]checked by|edited by|how we .*)$|\s(by|von|par|por)$|^[\w-]+(\.[\w-]+){2,}$|^\[/i;
const WEEKDAY_SHORT = /^(mon|tue|wed|thu|fri|sat|sun)\.?$/i;

/** Like cleanByline, but also refuses the labels and fragments that author markup holds besides names. */
export function cleanMarkedByline(raw: string | null | undefined, siteName?: string | null): string | null {
  const s = cleanByline(raw, siteName, true);
  if (!s || LABEL.test(s) || WEEKDAY_SHORT.test(s) || ROLE_ONLY.test(s)) return null;
  return s.split(/\s+/).length <= 8 ? s : null;
}

/** Names joined as a byline reads in English ("A and B", "A, B, and C"); by commas in other languages. */
export function joinNames(names: string[], lang?: string | null): string {
  const list = Array.from(new Set(names.map((n) => n.trim()).filter(Boolean)));
  if (lang && !/^en\b/i.test(lang)) return list.join(', ');
  if (list.length <= 2) return list.join(' and ');
  return `${list.slice(0, -1).join(', ')}, and ${list[list.length - 1]}`;
}
