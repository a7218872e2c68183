/**
 * Abbreviations that news style uses for regions after a town name ("Springfield, Ill.", "Dubbo, NSW").
 * They are read only as the tail of "Town, Region": on their own most of them are ordinary words.
 * Keys are `keyOf` forms (dots dropped); values are the region's name in the GeoNames data.
 */
const US: Record<string, string> = {
  ala: 'Alabama',
  ariz: 'Arizona',
  ark: 'Arkansas',
  calif: 'California',
  cal: 'California',
  colo: 'Colorado',
  conn: 'Connecticut',
  del: 'Delaware',
  dc: 'District of Columbia',
  fla: 'Florida',
  ga: 'Georgia',
  ill: 'Illinois',
  ind: 'Indiana',
  kan: 'Kansas',
  ky: 'Kentucky',
  la: 'Louisiana',
  md: 'Maryland',
  mass: 'Massachusetts',
  mich: 'Michigan',
  minn: 'Minnesota',
  miss: 'Mississippi',
  mo: 'Missouri',
  mont: 'Montana',
  neb: 'Nebraska',
  nev: 'Nevada',
  nh: 'New Hampshire',
  nj: 'New Jersey',
  nm: 'New Mexico',
  ny: 'New York',
  nc: 'North Carolina',
  nd: 'North Dakota',
  okla: 'Oklahoma',
  ore: 'Oregon',
  pa: 'Pennsylvania',
  ri: 'Rhode Island',
  sc: 'South Carolina',
  sd: 'South Dakota',
  tenn: 'Tennessee',
  tex: 'Texas',
  vt: 'Vermont',
  va: 'Virginia',
  wash: 'Washington',
  'w va': 'West Virginia',
  wva: 'West Virginia',
  wis: 'Wisconsin',
  wyo: 'Wyoming',
};

const CA: Record<string, string> = {
  ont: 'Ontario',
  que: 'Quebec',
  bc: 'British Columbia',
  alta: 'Alberta',
  man: 'Manitoba',
  sask: 'Saskatchewan',
  ns: 'Nova Scotia',
};

const AU: Record<string, string> = {
  nsw: 'New South Wales',
  vic: 'Victoria',
  qld: 'Queensland',
  wa: 'Western Australia',
  sa: 'South Australia',
  tas: 'Tasmania',
  act: 'Australian Capital Territory',
  nt: 'Northern Territory',
};

/** Region names (any country) a tail abbreviation may stand for. */
export function regionsForAbbreviation(key: string): string[] {
  return [US[key], CA[key], AU[key]].filter((r): r is string => !!r);
}
