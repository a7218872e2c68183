/**
 * What kind of thing a Wikidata item is, from its P31 (instance of) values and, failing that, from the
 * words of its description. A small table of common classes stands in for walking the subclass tree,
 * which would cost a request per class.
 */
import type { EntityKind } from '../../types';

const PERSON = new Set(['Q5', 'Q15632617', 'Q95074']);
const PLACE = new Set(
  (
    'Q515 Q1549591 Q1637706 Q200250 Q5119 Q486972 Q532 Q3957 Q7930989 Q1093829 Q15284 Q6256 Q3624078 Q7275 ' +
    'Q35657 Q10864048 Q107390 Q34876 Q13220204 Q1620908 Q23442 Q4022 Q8502 Q82794 Q5107 Q165 Q9430 Q2221906 ' +
    'Q747074 Q484170 Q262166 Q3184121 Q2039348 Q1907114 Q3024240 Q46395 Q15642541 Q16110 ' +
    'Q41176 Q811979 Q23413 Q33837 Q39816 Q6465 Q56061 Q174844 '
  )
    .trim()
    .split(/\s+/),
);
const GROUP = new Set(
  (
    'Q43229 Q7278 Q4830453 Q891723 Q783794 Q6881511 Q3918 Q875538 Q902104 Q163740 Q484652 Q245065 Q327333 ' +
    'Q17149090 Q192350 Q11032 Q1193236 Q15911314 Q48204 Q2085381 Q31855 Q1752346 Q176799 Q7210356 Q17127659 ' +
    'Q1058914 Q18388277 Q1331793 Q4438121 Q476028 Q847017 Q2659904 Q7188 Q11691 Q708676 ' +
    'Q1616075 Q15265344 Q4671277 Q3152824 Q1785733 Q2001305 Q1371037 Q23002054 Q1530022 ' +
    'Q875538 Q1143635 Q1664720 Q38723 Q4287745 Q5341295 Q210167 '
  )
    .trim()
    .split(/\s+/),
);
/** Pages and works that are never the entity a note is about. */
const OTHER = new Set([
  'Q4167410',
  'Q13406463',
  'Q11424',
  'Q7725634',
  'Q482994',
  'Q101352',
  'Q202444',
  'Q5398426',
]);

const PERSON_WORDS =
  /\b(born|actor|actress|politician|singer|footballer|player|writer|author|journalist|painter|sculptor|musician|scientist|businessman|businesswoman|lawyer|judge|officer|general|philosopher|poet|diplomat|activist|rapper|director|producer|composer|architect|economist|historian|(\d{3,4}[–-]\d{3,4}))\b/i;
const PLACE_WORDS =
  /\b(city|town|village|municipality|commune|capital|country|state|province|region|county|district|island|river|lake|mountain|sea|bay|peninsula|neighbourhood|neighborhood|suburb|territory|human settlement|oblast|prefecture|governorate|department of)\b/i;
const GROUP_WORDS =
  /\b(organi[sz]ation|party|company|corporation|agency|ministry|department|university|college|school|institute|association|society|group|movement|militia|army|force|forces|union|council|committee|bank|newspaper|news agency|broadcaster|network|club|team|league|federation|alliance|foundation|charity|court|parliament|assembly|government|publisher|firm|brand|manufacturer|airline|church)\b/i;

/** The kind of an item: person, group, place, other, or unknown when nothing tells. */
export function kindOf(instanceOf: string[], description?: string): EntityKind | 'unknown' {
  if (instanceOf.some((q) => PERSON.has(q))) return 'person';
  if (instanceOf.some((q) => OTHER.has(q))) return 'other';
  const place = instanceOf.some((q) => PLACE.has(q));
  const group = instanceOf.some((q) => GROUP.has(q));
  if (place !== group) return place ? 'place' : 'group';
  const d = description ?? '';
  if (/disambiguation|family name|surname|given name|wikimedia/i.test(d)) return 'other';
  if (/\b(film|album|song|novel|book|video game|television series|episode|painting)\b/i.test(d))
    return 'other';
  if (PERSON_WORDS.test(d) && !GROUP_WORDS.test(d) && !PLACE_WORDS.test(d)) return 'person';
  const p = PLACE_WORDS.test(d);
  const g = GROUP_WORDS.test(d);
  if (p !== g) return p ? 'place' : 'group';
  if (place) return 'place';
  return 'unknown';
}
