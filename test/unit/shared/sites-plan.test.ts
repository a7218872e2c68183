import { describe, expect, it } from 'vitest';
import {
  AUTO_ID_PREFIX,
  AUTO_RUN_AT,
  planRegistrations,
  type Registration,
} from '../../../src/background/sites-plan';

const a = { host: 'a.test', subdomains: false };
const b = { host: 'b.test', subdomains: true };
const all = () => true;
const reg = (host: string, matches: string[]): Registration => ({ id: AUTO_ID_PREFIX + host, matches });
const aPatterns = ['http://a.test/*', 'https://a.test/*'];

describe('planRegistrations', () => {
  it('registers every granted site on a fresh start', () => {
    const plan = planRegistrations([a, b], true, all, []);
    expect(plan.unregister).toEqual([]);
    expect(plan.register.map((r) => r.id)).toEqual(['lede-auto:a.test', 'lede-auto:b.test']);
    expect(plan.register[1]!.matches).toContain('https://*.b.test/*');
  });
  it('leaves registrations that already match alone (idempotent)', () => {
    const first = planRegistrations([a], true, all, []);
    expect(planRegistrations([a], true, all, first.register)).toEqual({ register: [], unregister: [] });
  });
  it('skips sites whose permission is missing, and unregisters them when it is revoked', () => {
    const granted = (s: { host: string }) => s.host !== 'b.test';
    expect(planRegistrations([a, b], true, granted, []).register.map((r) => r.id)).toEqual([
      'lede-auto:a.test',
    ]);
    const plan = planRegistrations([a, b], true, granted, [
      reg('a.test', aPatterns),
      reg('b.test', ['http://b.test/*']),
    ]);
    expect(plan).toEqual({ register: [], unregister: ['lede-auto:b.test'] });
  });
  it('unregisters removed sites and everything when auto mode is off', () => {
    const current = [reg('a.test', aPatterns), reg('gone.test', ['http://gone.test/*'])];
    expect(planRegistrations([a], true, all, current)).toEqual({
      register: [],
      unregister: ['lede-auto:gone.test'],
    });
    expect(planRegistrations([a], false, all, current).unregister).toEqual([
      'lede-auto:a.test',
      'lede-auto:gone.test',
    ]);
  });
  it('re-registers a site whose subdomain choice changed', () => {
    const plan = planRegistrations([{ host: 'a.test', subdomains: true }], true, all, [
      reg('a.test', aPatterns),
    ]);
    expect(plan.unregister).toEqual(['lede-auto:a.test']);
    expect(plan.register[0]!.matches).toContain('http://*.a.test/*');
  });
  it('never touches registrations that are not its own', () => {
    const plan = planRegistrations([], true, all, [{ id: 'someone-else', matches: ['http://x.test/*'] }]);
    expect(plan).toEqual({ register: [], unregister: [] });
  });
});

describe('planRegistrations and older registrations', () => {
  it('replaces a registration that runs at another time than this version wants', () => {
    const old = { ...reg('a.test', aPatterns), runAt: 'document_end' };
    expect(planRegistrations([a], true, all, [old])).toEqual({
      register: [{ id: 'lede-auto:a.test', matches: aPatterns }],
      unregister: ['lede-auto:a.test'],
    });
    const same = { ...reg('a.test', aPatterns), runAt: AUTO_RUN_AT };
    expect(planRegistrations([a], true, all, [same])).toEqual({ register: [], unregister: [] });
  });
});
