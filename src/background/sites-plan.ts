/**
 * What to change in the dynamically registered auto-mode scripts so that they match the settings and
 * the granted permissions. Pure, so the reconciliation is tested without a browser.
 */
import { matchPatterns } from '../shared/sites';
import type { Site } from '../shared/settings-schema';

/** Registration ids are ours when they carry this prefix; other ids are left alone. */
export const AUTO_ID_PREFIX = 'lede-auto:';
export const AUTO_SCRIPT = 'content/auto.js';
/** Early, so the script can pin the extension API before the page has elements (content/pin-globals.ts). */
export const AUTO_RUN_AT = 'document_start';

export interface Registration {
  id: string;
  matches: string[];
  /** When the script runs; a registration from an older version with another value is replaced. */
  runAt?: string;
}

export interface RegistrationPlan {
  register: Registration[];
  unregister: string[];
}

const sameSet = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

/**
 * The registrations wanted: one per site whose origins are all granted, none when auto mode is off
 * (the script would only detect and then do nothing). A registration whose matches changed
 * (subdomains toggled) is unregistered and registered again.
 */
export function planRegistrations(
  sites: readonly Site[],
  autoModeOn: boolean,
  isGranted: (site: Site) => boolean,
  current: readonly Registration[],
): RegistrationPlan {
  const wanted = new Map<string, string[]>();
  if (autoModeOn) {
    for (const site of sites) {
      if (isGranted(site)) wanted.set(AUTO_ID_PREFIX + site.host, matchPatterns(site));
    }
  }
  const unregister: string[] = [];
  const kept = new Set<string>();
  for (const reg of current) {
    if (!reg.id.startsWith(AUTO_ID_PREFIX)) continue;
    const matches = wanted.get(reg.id);
    if (matches && sameSet(matches, reg.matches) && (reg.runAt ?? AUTO_RUN_AT) === AUTO_RUN_AT)
      kept.add(reg.id);
    else unregister.push(reg.id);
  }
  const register = [...wanted].filter(([id]) => !kept.has(id)).map(([id, matches]) => ({ id, matches }));
  return { register, unregister };
}
